package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Puts a term's dates where the process waits on them. */
final class TermVariables {

    private TermVariables() {
    }

    static void set(DelegateExecution execution, SeizureService.Term term) {
        execution.setVariable(SeizureVariables.SEALED_UNTIL, term.sealedUntil());
        execution.setVariable(SeizureVariables.RENEWAL_DECISION_AT, term.renewalDecisionAt());
        execution.setVariable(SeizureVariables.SEALED_UNTIL_DAY, term.lastDay().toString());
    }
}

package com.taxcollab.bank;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${bankRenewalRegistrationListener}} on completion of 办理续冻: the bank's receipt; the new term follows the old
 * one without a gap.
 */
@Component("bankRenewalRegistrationListener")
class RenewalRegistrationListener implements TaskListener {

    private final BankRequestRepository requests;

    RenewalRegistrationListener(BankRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String receipt = BankAnswers.required(task, BankVariables.RENEWAL_RECEIPT_NO, "续冻回执号");
        LocalDate until = requests.find(caseNumber).orElseThrow().frozenUntil()
                .plusMonths(BankAnswers.termMonths(task));
        requests.renewed(caseNumber, receipt, until);
        task.getExecution().setVariable(BankVariables.FROZEN_UNTIL, BankAnswers.endOf(until));
    }
}

package com.taxcollab.notification;

import com.taxcollab.cases.CaseOpener;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case behind an execution: its number (the business key), jurisdiction (tenant) and initiator. */
record CaseFacts(String caseNumber, String jurisdiction, String initiator, String processDefinitionId) {

    static final CaseFacts NONE = new CaseFacts(null, null, null, null);

    static CaseFacts of(DelegateExecution execution) {
        if (execution == null) {
            return NONE;
        }
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null) {
            caseNumber = string(execution.getVariable(CaseOpener.CASE_NUMBER));
        }
        String jurisdiction = execution.getTenantId();
        if (jurisdiction == null) {
            jurisdiction = string(execution.getVariable(CaseOpener.JURISDICTION));
        }
        return new CaseFacts(caseNumber, jurisdiction, string(execution.getVariable(CaseOpener.INITIATOR)),
                execution.getProcessDefinitionId());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}

package com.taxcollab.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateToGovernment}: records why, says it in Chinese for the form, and involves the government office. */
@Component("escalateDisputeDelegate")
class EscalateDisputeDelegate implements JavaDelegate {

    private final DisputeService service;

    EscalateDisputeDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = (String) execution.getVariable(DisputeVariables.ESCALATION_REASON);
        service.escalate(execution.getProcessBusinessKey(), reason);
        execution.setVariable(DisputeVariables.ESCALATION_REASON_LABEL, EscalationReason.labelOf(reason));
    }
}

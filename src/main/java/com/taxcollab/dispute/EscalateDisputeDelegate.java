package com.taxcollab.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateToGovernment}: records why, and involves the government office. */
@Component("escalateDisputeDelegate")
class EscalateDisputeDelegate implements JavaDelegate {

    private final DisputeService service;

    EscalateDisputeDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.escalate(execution.getProcessBusinessKey(),
                (String) execution.getVariable(DisputeVariables.ESCALATION_REASON));
    }
}

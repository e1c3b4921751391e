package com.taxcollab.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordNegotiatedResolution}: the dispute is closed as resolved by negotiation. */
@Component("recordNegotiatedResolutionDelegate")
class RecordNegotiatedResolutionDelegate implements JavaDelegate {

    private final DisputeService service;

    RecordNegotiatedResolutionDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.close(execution.getProcessBusinessKey(), DisputeOutcome.RESOLVED_BY_NEGOTIATION);
    }
}

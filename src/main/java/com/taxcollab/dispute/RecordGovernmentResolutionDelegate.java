package com.taxcollab.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordGovernmentResolution}: the dispute is closed as resolved by the government. */
@Component("recordGovernmentResolutionDelegate")
class RecordGovernmentResolutionDelegate implements JavaDelegate {

    private final DisputeService service;

    RecordGovernmentResolutionDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.close(execution.getProcessBusinessKey(), DisputeOutcome.RESOLVED_BY_GOVERNMENT);
    }
}

package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReleaseRequest}: tax asked for release; the registry lifts the seal next. */
@Component("recordReleaseRequestDelegate")
class RecordReleaseRequestDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordReleaseRequestDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.releaseRequested(execution.getProcessBusinessKey(),
                FormValues.string(execution.getVariable(SeizureVariables.RELEASE_REASON)),
                (String) execution.getVariable(SeizureVariables.ACTOR));
    }
}

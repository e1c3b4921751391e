package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRejection}: the registry cannot register the seizure; the case closes with its reason. */
@Component("recordSeizureRejectionDelegate")
class RecordSeizureRejectionDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordSeizureRejectionDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.rejected(execution.getProcessBusinessKey(),
                FormValues.string(execution.getVariable(SeizureVariables.REJECTION_REASON)),
                FormValues.string(execution.getVariable(SeizureVariables.REJECTION_NOTE)),
                (String) execution.getVariable(SeizureVariables.ACTOR));
    }
}

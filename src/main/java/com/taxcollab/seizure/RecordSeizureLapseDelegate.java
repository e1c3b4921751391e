package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordLapse}: the term ended without renewal: the seal lapses and the queue moves on. */
@Component("recordSeizureLapseDelegate")
class RecordSeizureLapseDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordSeizureLapseDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.lapsed(execution.getProcessBusinessKey(), execution.getProcessEngineServices().getRuntimeService());
    }
}

package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordQueuedSeizure}: the property is sealed by another authority: the seizure waits in the queue (轮候查封). */
@Component("recordQueuedSeizureDelegate")
class RecordQueuedSeizureDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordQueuedSeizureDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.queued(execution.getProcessBusinessKey(),
                FormValues.string(execution.getVariable(SeizureVariables.REGISTRATION_NO)),
                FormValues.string(execution.getVariable(SeizureVariables.REJECTION_NOTE)),
                FormValues.string(execution.getVariable(SeizureVariables.EARLIER_AUTHORITY)),
                (String) execution.getVariable(SeizureVariables.ACTOR));
    }
}

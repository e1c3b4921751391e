package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ActivateQueuedSeizure}: the earlier seal was lifted, so the queued seizure takes effect today. */
@Component("activateQueuedSeizureDelegate")
class ActivateQueuedSeizureDelegate implements JavaDelegate {

    private final SeizureService service;

    ActivateQueuedSeizureDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TermVariables.set(execution, service.activateQueued(execution.getProcessBusinessKey(),
                (String) execution.getVariable(SeizureVariables.ACTOR)));
    }
}

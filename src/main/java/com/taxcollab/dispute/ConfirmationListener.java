package com.taxcollab.dispute;

import com.taxcollab.system.EngineActor;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${confirmationListener}} on completion of 确认协商意见: one department's answer, recorded. */
@Component("confirmationListener")
class ConfirmationListener implements TaskListener {

    private final DisputeService service;

    ConfirmationListener(DisputeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.recordConfirmation(task.getExecution().getProcessBusinessKey(),
                ProcessValues.text(task, DisputeVariables.DEPARTMENT),
                ProcessValues.text(task, DisputeVariables.CONFIRMATION),
                ProcessValues.text(task, DisputeVariables.REFUSAL_REASON),
                EngineActor.idOr(task.getProcessEngineServices(), task.getAssignee()));
    }
}

package com.taxcollab.dispute;

import com.taxcollab.system.EngineActor;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${negotiationListener}} on completion of 税务局牵头协商: records the outcome and who answered. */
@Component("negotiationListener")
class NegotiationListener implements TaskListener {

    private final DisputeService service;

    NegotiationListener(DisputeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.recordNegotiation(task.getExecution().getProcessBusinessKey(),
                ProcessValues.text(task, DisputeVariables.NEGOTIATION_OUTCOME),
                ProcessValues.text(task, DisputeVariables.AGREEMENT_TEXT),
                EngineActor.idOr(task.getProcessEngineServices(), task.getAssignee()));
    }
}

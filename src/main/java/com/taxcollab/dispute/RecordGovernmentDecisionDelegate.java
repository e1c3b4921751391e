package com.taxcollab.dispute;

import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordGovernmentDecision}: the binding decision, who took it, when and at which level. */
@Component("recordGovernmentDecisionDelegate")
class RecordGovernmentDecisionDelegate implements JavaDelegate {

    private final DisputeService service;

    RecordGovernmentDecisionDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object at = execution.getVariable(DisputeVariables.DECIDED_AT);
        service.recordDecision(execution.getProcessBusinessKey(),
                (String) execution.getVariable(DisputeVariables.DECISION_TEXT),
                (String) execution.getVariable(DisputeVariables.DECIDED_BY),
                at instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC) : null,
                (String) execution.getVariable(DisputeVariables.DECISION_LEVEL));
    }
}

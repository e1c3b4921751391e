package com.taxcollab.dispute;

import com.taxcollab.system.EngineActor;
import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${governmentDecisionListener}} on completion of 本级政府裁决: a district may refer the dispute to
 * the city (with the city departments to involve); otherwise the decision needs its text, and who decided,
 * when and at which level is kept.
 */
@Component("governmentDecisionListener")
class GovernmentDecisionListener implements TaskListener {

    private final DisputeService service;
    private final Clock clock;

    GovernmentDecisionListener(DisputeService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = EngineActor.idOr(task.getProcessEngineServices(), task.getAssignee());
        boolean refer = Boolean.TRUE.equals(task.getVariable(DisputeVariables.REFER_TO_CITY))
                && !DisputeVariables.CITY.equals(task.getTenantId());
        if (refer) {
            service.checkReferral(task.getVariable(DisputeVariables.CITY_DEPARTMENTS));
            task.getExecution().setVariable(DisputeVariables.REFERRED_BY, user);
            return;
        }
        String text = ProcessValues.text(task, DisputeVariables.DECISION_TEXT);
        if (text == null || text.isBlank()) {
            throw new ProcessEngineException("必须填写裁决意见（decisionText）");
        }
        task.getExecution().setVariable(DisputeVariables.DECIDED_BY, user);
        task.getExecution().setVariable(DisputeVariables.DECIDED_AT, Date.from(clock.instant()));
        task.getExecution().setVariable(DisputeVariables.DECISION_LEVEL, task.getTenantId());
    }
}

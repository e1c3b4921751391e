package com.taxcollab.dispute;

import com.taxcollab.system.EngineAsSystem;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReturnCityDecision} (asynchronous, across tenants): hands the city's decision to the
 * district case that referred the dispute, which then has its own departments acknowledge it.
 */
@Component("returnCityDecisionDelegate")
class ReturnCityDecisionDelegate implements JavaDelegate {

    static final String DECISION_CASE = "decisionCase";

    private final EngineAsSystem asSystem;

    ReturnCityDecisionDelegate(EngineAsSystem asSystem) {
        this.asSystem = asSystem;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> decision = new HashMap<>();
        decision.put(DisputeVariables.DECISION_TEXT, execution.getVariable(DisputeVariables.DECISION_TEXT));
        decision.put(DisputeVariables.DECIDED_BY, execution.getVariable(DisputeVariables.DECIDED_BY));
        decision.put(DisputeVariables.DECIDED_AT, execution.getVariable(DisputeVariables.DECIDED_AT));
        decision.put(DisputeVariables.DECISION_LEVEL, execution.getTenantId());
        decision.put(DECISION_CASE, execution.getProcessBusinessKey());
        // the district's case is another tenant's: the job runs with the city's only
        asSystem.run(() -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(DisputeVariables.CITY_DECISION_MESSAGE)
                .processInstanceBusinessKey((String) execution.getVariable(DisputeVariables.REFERRED_FROM))
                .setVariables(decision).correlate());
    }
}

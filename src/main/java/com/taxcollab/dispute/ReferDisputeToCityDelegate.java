package com.taxcollab.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReferToCity} (asynchronous, so it runs as the system, not as the district officer who
 * may not start cases in {@code lyg}): opens the linked city case; the district case then waits for
 * its decision.
 */
@Component("referDisputeToCityDelegate")
class ReferDisputeToCityDelegate implements JavaDelegate {

    private final DisputeService service;

    ReferDisputeToCityDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.referToCity(execution.getProcessBusinessKey(),
                execution.getVariable(DisputeVariables.CITY_DEPARTMENTS),
                (String) execution.getVariable(DisputeVariables.REFERRAL_REASON),
                (String) execution.getVariable(DisputeVariables.REFERRED_BY));
    }
}

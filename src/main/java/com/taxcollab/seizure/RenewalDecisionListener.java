package com.taxcollab.seizure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${renewalDecisionListener}} on completion of 决定续封或解封: a renewal needs a term within the
 * statutory maximum, a release its reason.
 */
@Component("renewalDecisionListener")
class RenewalDecisionListener implements TaskListener {

    private final SeizureRules rules;

    RenewalDecisionListener(SeizureRules rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.string(task.getVariable(SeizureVariables.RENEWAL_DECISION));
        if ("RENEW".equals(decision)) {
            Integer months = FormValues.integer(task.getVariable(SeizureVariables.RENEWAL_MONTHS), "续封期限");
            if (months == null || months < 1 || months > rules.maxTermMonths()) {
                throw new ProcessEngineException("续封期限须为 1 至 " + rules.maxTermMonths() + " 个月");
            }
        } else if ("RELEASE".equals(decision)) {
            FormValues.required(task, SeizureVariables.RELEASE_REASON, "解封理由");
        } else {
            throw new ProcessEngineException("请选择续封或解封（renewalDecision）：RENEW 或 RELEASE");
        }
        FormValues.rememberActor(task);
    }
}

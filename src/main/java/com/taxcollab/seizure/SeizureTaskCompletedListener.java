package com.taxcollab.seizure;

import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${seizureTaskCompletedListener}} on every seizure task: refuses a completion that lacks
 * what the next step needs (Tasklist shows the message) and remembers who acted.
 */
@Component("seizureTaskCompletedListener")
class SeizureTaskCompletedListener implements TaskListener {

    static final Set<String> REJECTION_REASONS = Set.of("ALREADY_SEALED", "PROPERTY_NOT_FOUND", "OTHER");

    private final SeizureRules rules;
    private final Clock clock;

    SeizureTaskCompletedListener(SeizureRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_RegisterSeizure" -> registration(task);
            case "Task_DecideRenewal" -> decision(task);
            case "Task_RegisterRenewal" -> {
                required(task, SeizureVariables.RENEWAL_REGISTRATION_NO, "续封登记号");
                FormValues.dateOrToday(task.getVariable(SeizureVariables.REGISTRATION_DATE), clock, "续封登记日期");
            }
            case "Task_LiftSeizure" -> {
                required(task, SeizureVariables.RELEASE_REGISTRATION_NO, "解封登记号");
                FormValues.dateOrToday(task.getVariable(SeizureVariables.RELEASE_DATE), clock, "解封日期");
            }
            default -> throw new ProcessEngineException("seizureTaskCompletedListener does not know task "
                    + task.getTaskDefinitionKey());
        }
        task.getExecution().setVariable(SeizureVariables.ACTOR, actor(task));
    }

    private void registration(DelegateTask task) {
        String outcome = FormValues.string(task.getVariable(SeizureVariables.REGISTRATION_OUTCOME));
        if ("REGISTERED".equals(outcome)) {
            required(task, SeizureVariables.REGISTRATION_NO, "查封登记号");
            FormValues.dateOrToday(task.getVariable(SeizureVariables.REGISTRATION_DATE), clock, "登记日期");
        } else if ("REJECTED".equals(outcome)) {
            String reason = FormValues.string(task.getVariable(SeizureVariables.REJECTION_REASON));
            if (!REJECTION_REASONS.contains(reason)) {
                throw new ProcessEngineException("请选择不予登记的原因（rejectionReason）");
            }
            if ("OTHER".equals(reason)) {
                required(task, SeizureVariables.REJECTION_NOTE, "不予登记的具体原因");
            }
        } else {
            throw new ProcessEngineException("请选择登记结果（registrationOutcome）：REGISTERED 或 REJECTED");
        }
    }

    private void decision(DelegateTask task) {
        String decision = FormValues.string(task.getVariable(SeizureVariables.RENEWAL_DECISION));
        if ("RENEW".equals(decision)) {
            Integer months = FormValues.integer(task.getVariable(SeizureVariables.RENEWAL_MONTHS), "续封期限");
            if (months == null || months < 1 || months > rules.maxTermMonths()) {
                throw new ProcessEngineException("续封期限须为 1 至 " + rules.maxTermMonths() + " 个月");
            }
        } else if ("RELEASE".equals(decision)) {
            required(task, SeizureVariables.RELEASE_REASON, "解封理由");
        } else {
            throw new ProcessEngineException("请选择续封或解封（renewalDecision）：RENEW 或 RELEASE");
        }
    }

    private static void required(DelegateTask task, String name, String label) {
        if (FormValues.string(task.getVariable(name)) == null) {
            throw new ProcessEngineException("必须填写" + label + "（" + name + "）");
        }
    }

    private static String actor(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            return user.getUserId();
        }
        return task.getAssignee() == null ? "system" : task.getAssignee();
    }
}

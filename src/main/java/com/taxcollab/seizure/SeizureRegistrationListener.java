package com.taxcollab.seizure;

import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${seizureRegistrationListener}} on completion of 办理查封登记: a registration needs its number
 * and date, a rejection its reason; refuses the completion otherwise.
 */
@Component("seizureRegistrationListener")
class SeizureRegistrationListener implements TaskListener {

    static final Set<String> REJECTION_REASONS = Set.of("ALREADY_SEALED", "PROPERTY_NOT_FOUND", "OTHER");

    private final Clock clock;

    SeizureRegistrationListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = FormValues.string(task.getVariable(SeizureVariables.REGISTRATION_OUTCOME));
        if ("REGISTERED".equals(outcome)) {
            FormValues.required(task, SeizureVariables.REGISTRATION_NO, "查封登记号");
            FormValues.dateOrToday(task.getVariable(SeizureVariables.REGISTRATION_DATE), clock, "登记日期");
        } else if ("REJECTED".equals(outcome)) {
            String reason = FormValues.string(task.getVariable(SeizureVariables.REJECTION_REASON));
            if (!REJECTION_REASONS.contains(reason)) {
                throw new ProcessEngineException("请选择不予登记的原因（rejectionReason）");
            }
            if ("OTHER".equals(reason)) {
                FormValues.required(task, SeizureVariables.REJECTION_NOTE, "不予登记的具体原因");
            }
        } else {
            throw new ProcessEngineException("请选择登记结果（registrationOutcome）：REGISTERED 或 REJECTED");
        }
        FormValues.rememberActor(task);
    }
}

package com.taxcollab.seizure;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${renewalRegistrationListener}} on completion of 办理续封登记: its number and date. */
@Component("renewalRegistrationListener")
class RenewalRegistrationListener implements TaskListener {

    private final Clock clock;

    RenewalRegistrationListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues.required(task, SeizureVariables.RENEWAL_REGISTRATION_NO, "续封登记号");
        FormValues.dateOrToday(task.getVariable(SeizureVariables.REGISTRATION_DATE), clock, "续封登记日期");
        FormValues.rememberActor(task);
    }
}

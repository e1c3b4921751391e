package com.taxcollab.seizure;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${releaseRegistrationListener}} on completion of 办理解封登记: its number and date. */
@Component("releaseRegistrationListener")
class ReleaseRegistrationListener implements TaskListener {

    private final Clock clock;

    ReleaseRegistrationListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues.required(task, SeizureVariables.RELEASE_REGISTRATION_NO, "解封登记号");
        FormValues.dateOrToday(task.getVariable(SeizureVariables.RELEASE_DATE), clock, "解封日期");
        FormValues.rememberActor(task);
    }
}

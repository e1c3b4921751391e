package com.taxcollab.exitcontrol;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${controlLiftListener}} on completion of 解除边控: the lift's registration number; the control ends. */
@Component("controlLiftListener")
class ControlLiftListener implements TaskListener {

    private final ExitControlRepository controls;
    private final Clock clock;

    ControlLiftListener(ExitControlRepository controls, Clock clock) {
        this.controls = controls;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String registrationNo = ProcessValues.answer(task, ExitControlVariables.LIFT_REGISTRATION_NO);
        if (registrationNo == null) {
            throw new InvalidInputException(ExitControlVariables.LIFT_REGISTRATION_NO, "必须填写解除边控登记号");
        }
        controls.ended(task.getExecution().getProcessBusinessKey(), ExitControl.LIFTED, registrationNo,
                OffsetDateTime.now(clock));
    }
}

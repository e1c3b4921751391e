package com.taxcollab.exitcontrol;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${controlRegistrationListener}} on completion of 办理边控登记: the control's registration number;
 * the control runs from today for its term, and ends at the end of its last day unless lifted before.
 */
@Component("controlRegistrationListener")
class ControlRegistrationListener implements TaskListener {

    private final ExitControlRepository controls;
    private final Clock clock;

    ControlRegistrationListener(ExitControlRepository controls, Clock clock) {
        this.controls = controls;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String registrationNo = ProcessValues.answer(task, ExitControlVariables.REGISTRATION_NO);
        if (registrationNo == null) {
            throw new InvalidInputException(ExitControlVariables.REGISTRATION_NO, "必须填写边控登记号");
        }
        int months = ((Number) task.getVariable(ExitControlVariables.TERM_MONTHS)).intValue();
        LocalDate until = LocalDate.now(clock.withZone(ChinaTime.ZONE)).plusMonths(months);
        controls.registered(task.getExecution().getProcessBusinessKey(), registrationNo, until);
        task.getExecution().setVariable(ExitControlVariables.CONTROLLED_UNTIL,
                Date.from(until.atTime(23, 59, 59).atZone(ChinaTime.ZONE).toInstant()));
    }
}

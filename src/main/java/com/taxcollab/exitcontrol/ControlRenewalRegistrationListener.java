package com.taxcollab.exitcontrol;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${controlRenewalRegistrationListener}} on completion of 办理续控登记: immigration's registration
 * number; the new term follows the old one without a gap.
 */
@Component("controlRenewalRegistrationListener")
class ControlRenewalRegistrationListener implements TaskListener {

    private final ExitControlRepository controls;

    ControlRenewalRegistrationListener(ExitControlRepository controls) {
        this.controls = controls;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ProcessValues.answer(task, ExitControlVariables.RENEWAL_REGISTRATION_NO) == null) {
            throw new InvalidInputException(ExitControlVariables.RENEWAL_REGISTRATION_NO, "必须填写续控登记号");
        }
        String caseNumber = task.getExecution().getProcessBusinessKey();
        int months = ((Number) task.getVariable(ExitControlVariables.TERM_MONTHS)).intValue();
        LocalDate until = controls.find(caseNumber).orElseThrow().controlledUntil().plusMonths(months);
        controls.renewed(caseNumber, until);
        task.getExecution().setVariable(ExitControlVariables.CONTROLLED_UNTIL,
                Date.from(until.atTime(23, 59, 59).atZone(ChinaTime.ZONE).toInstant()));
    }
}

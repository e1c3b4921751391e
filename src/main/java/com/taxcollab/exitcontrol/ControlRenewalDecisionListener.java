package com.taxcollab.exitcontrol;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${controlRenewalDecisionListener}} on completion of 决定续控或解除: tax renews the control for
 * another term, or decides to lift it with its 解除边控对象通知书.
 */
@Component("controlRenewalDecisionListener")
class ControlRenewalDecisionListener implements TaskListener {

    static final String RENEW = "RENEW";
    static final String LIFT = "LIFT";

    private final ExitControlRepository controls;
    private final LiftNotice liftNotice;

    ControlRenewalDecisionListener(ExitControlRepository controls, LiftNotice liftNotice) {
        this.controls = controls;
        this.liftNotice = liftNotice;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.answer(task, ExitControlVariables.RENEWAL_DECISION);
        if (!RENEW.equals(decision) && !LIFT.equals(decision)) {
            throw new InvalidInputException(ExitControlVariables.RENEWAL_DECISION, "请选择续控或解除边控");
        }
        if (LIFT.equals(decision)) {
            String notice = ProcessValues.answer(task, ExitControlVariables.LIFT_NOTICE_NO);
            if (notice == null) {
                throw new InvalidInputException(ExitControlVariables.LIFT_NOTICE_NO, "必须填写解除边控对象通知书文号");
            }
            String caseNumber = task.getExecution().getProcessBusinessKey();
            controls.lifting(caseNumber, notice);
            liftNotice.issue(caseNumber, notice, "经本局决定不再续控", task.getAssignee());
        }
    }
}

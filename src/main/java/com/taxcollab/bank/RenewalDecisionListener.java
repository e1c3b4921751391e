package com.taxcollab.bank;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${bankRenewalDecisionListener}} on completion of 决定续冻或解除: tax renews the freeze for another term, or
 * releases it with its notice.
 */
@Component("bankRenewalDecisionListener")
class RenewalDecisionListener implements TaskListener {

    static final String RENEW = "RENEW";
    static final String RELEASE = "RELEASE";

    private final BankRequestRepository requests;
    private final ReleaseNotice releaseNotice;

    RenewalDecisionListener(BankRequestRepository requests, ReleaseNotice releaseNotice) {
        this.requests = requests;
        this.releaseNotice = releaseNotice;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.answer(task, BankVariables.RENEWAL_DECISION);
        if (!RENEW.equals(decision) && !RELEASE.equals(decision)) {
            throw new InvalidInputException(BankVariables.RENEWAL_DECISION, "请选择续冻或解除冻结");
        }
        if (RELEASE.equals(decision)) {
            String caseNumber = task.getExecution().getProcessBusinessKey();
            String notice = BankAnswers.required(task, BankVariables.RELEASE_NOTICE_NO, "解除冻结存款通知书文号");
            requests.releasing(caseNumber, notice);
            releaseNotice.issue(caseNumber, notice, task.getAssignee());
        }
    }
}

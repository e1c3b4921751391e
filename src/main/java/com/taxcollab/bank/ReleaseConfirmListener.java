package com.taxcollab.bank;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${releaseConfirmListener}} on completion of 解除冻结: the bank confirms the release with its receipt. */
@Component("releaseConfirmListener")
class ReleaseConfirmListener implements TaskListener {

    private final BankRequestRepository requests;
    private final Clock clock;

    ReleaseConfirmListener(BankRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        requests.released(task.getExecution().getProcessBusinessKey(),
                BankAnswers.required(task, BankVariables.RELEASE_RECEIPT_NO, "解除冻结回执号"),
                OffsetDateTime.now(clock));
    }
}

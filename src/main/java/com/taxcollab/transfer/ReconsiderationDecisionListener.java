package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${reconsiderationDecisionListener}} on completion of 复议决定 (公安机关, 3 日): file after all, or uphold the refusal. */
@Component("reconsiderationDecisionListener")
class ReconsiderationDecisionListener implements TaskListener {

    private final TransferDecisions decisions;

    ReconsiderationDecisionListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, RECONSIDERATION_DECISION, "复议决定", Decision.RECONSIDERATION, null, null,
                new Choice("FILE", TransferStatus.FILED, false, false),
                new Choice("UPHOLD", TransferStatus.REFUSAL_UPHELD, false, false));
    }
}

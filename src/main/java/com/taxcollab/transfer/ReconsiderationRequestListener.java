package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${reconsiderationRequestListener}} on completion of 决定是否提请复议 (税务局, 3 日 of the notice): ask with the reason, or accept the refusal, which ends the case. */
@Component("reconsiderationRequestListener")
class ReconsiderationRequestListener implements TaskListener {

    private final TransferDecisions decisions;

    ReconsiderationRequestListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, RECONSIDERATION_REQUEST, "是否提请复议", Decision.RECONSIDERATION_REQUEST, RECONSIDERATION_REASON,
                "提请复议的理由", new Choice("ASK", TransferStatus.RECONSIDERING, true, false),
                new Choice("ACCEPT", TransferStatus.CLOSED_NOT_FILED, false, true));
    }
}

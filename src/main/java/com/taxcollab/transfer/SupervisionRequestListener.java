package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${supervisionRequestListener}} on completion of 决定是否提请立案监督 (税务局): ask the procuratorate with the reason, or let the refusal stand. */
@Component("supervisionRequestListener")
class SupervisionRequestListener implements TaskListener {

    private final TransferDecisions decisions;

    SupervisionRequestListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, SUPERVISION_REQUEST, "是否提请立案监督", Decision.SUPERVISION_REQUEST, SUPERVISION_REASON,
                "提请立案监督的理由", new Choice("ASK", TransferStatus.SUPERVISING, true, false),
                new Choice("ACCEPT", TransferStatus.CLOSED_NOT_FILED, false, true));
    }
}

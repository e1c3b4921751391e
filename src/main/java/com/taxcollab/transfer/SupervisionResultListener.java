package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${supervisionResultListener}} on completion of 立案监督 (人民检察院): order the police to file, or find the refusal justified, which ends the case. */
@Component("supervisionResultListener")
class SupervisionResultListener implements TaskListener {

    private final TransferDecisions decisions;

    SupervisionResultListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, SUPERVISION_RESULT, "监督结论", Decision.SUPERVISION, null, null,
                new Choice("ORDER_FILING", TransferStatus.FILED, false, false),
                new Choice("REFUSAL_JUSTIFIED", TransferStatus.CLOSED_REFUSAL_JUSTIFIED, false, true));
    }
}

package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${transferOutcomeListener}} on completion of 报告办理结果 (公安机关): the result of the case it filed, 移送审查起诉 or 撤销案件, with a note. */
@Component("transferOutcomeListener")
class OutcomeListener implements TaskListener {

    private final TransferDecisions decisions;

    OutcomeListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, OUTCOME, "办理结果", Decision.OUTCOME, OUTCOME_NOTE, "办理结果说明",
                new Choice("PROSECUTION", TransferStatus.CONCLUDED, false, true),
                new Choice("WITHDRAWN", TransferStatus.CONCLUDED, true, true));
    }
}

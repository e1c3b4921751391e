package com.taxcollab.transfer;

import static com.taxcollab.transfer.CriminalTransferVariables.*;

import com.taxcollab.transfer.CriminalTransferRepository.Decision;
import com.taxcollab.transfer.TransferDecisions.Choice;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${filingDecisionListener}} on completion of 审查是否立案 (公安机关, 3 日): 立案, or 不予立案 with the reason that goes to tax in writing. */
@Component("filingDecisionListener")
class FilingDecisionListener implements TaskListener {

    private final TransferDecisions decisions;

    FilingDecisionListener(TransferDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(task, FILING_DECISION, "是否立案", Decision.FILING, REFUSAL_REASON, "不予立案的理由",
                new Choice("FILE", TransferStatus.FILED, false, false),
                new Choice("REFUSE", TransferStatus.REFUSED, true, false));
    }
}

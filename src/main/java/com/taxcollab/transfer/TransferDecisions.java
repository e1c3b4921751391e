package com.taxcollab.transfer;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What every decision of a transferred case has in common: one of the task's allowed answers, a
 * reason where that answer needs one (400 naming the field otherwise), the decision kept with the
 * status it leads to. Each task's listener names its answers.
 */
@Component
class TransferDecisions {

    private final CriminalTransferRepository transfers;
    private final Clock clock;

    TransferDecisions(CriminalTransferRepository transfers, Clock clock) {
        this.transfers = transfers;
        this.clock = clock;
    }

    /** An allowed answer: the status it leads to, whether it needs the reason, whether it ends the case. */
    record Choice(String value, TransferStatus status, boolean needsReason, boolean closes) {
    }

    void record(DelegateTask task, String variable, String label, CriminalTransferRepository.Decision column,
            String reasonVariable, String reasonLabel, Choice... choices) {
        String answer = ProcessValues.answer(task, variable);
        Choice choice = Arrays.stream(choices).filter(c -> c.value().equals(answer)).findFirst()
                .orElseThrow(() -> new InvalidInputException(variable, "请选择" + label));
        String reason = reasonVariable == null ? null : ProcessValues.answer(task, reasonVariable);
        if (choice.needsReason() && reason == null) {
            throw new InvalidInputException(reasonVariable, "必须填写" + reasonLabel);
        }
        transfers.decided(task.getExecution().getProcessBusinessKey(), choice.status(), column, answer, reason,
                choice.closes() ? OffsetDateTime.now(clock) : null);
    }
}

package com.taxcollab.bank;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${deductionListener}} on completion of 扣缴税款 / 划拨社会保险费: the bank's 扣划回执 with the amount and date; less than
 * asked needs the reason.
 */
@Component("deductionListener")
class DeductionListener implements TaskListener {

    private final BankRequestRepository requests;
    private final Clock clock;

    DeductionListener(BankRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String receipt = BankAnswers.required(task, BankVariables.RECEIPT_NO, "扣划回执号");
        BigDecimal deducted = BankAnswers.amount(task, BankVariables.DEDUCTED_AMOUNT, "实际扣划金额");
        String note = ProcessValues.answer(task, BankVariables.DEDUCTION_NOTE);
        BigDecimal asked = new BigDecimal(task.getVariable(BankVariables.AMOUNT).toString());
        if (deducted.compareTo(asked) < 0 && note == null) {
            throw new InvalidInputException(BankVariables.DEDUCTION_NOTE, "扣划金额少于通知书所列金额的，必须说明原因（如余额不足）");
        }
        requests.deducted(task.getExecution().getProcessBusinessKey(), deducted,
                LocalDate.now(clock.withZone(ChinaTime.ZONE)), receipt, note, OffsetDateTime.now(clock));
    }
}

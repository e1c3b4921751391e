package com.taxcollab.bank;

import com.taxcollab.system.ChinaTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${freezeListener}} on completion of 冻结存款: the bank's 冻结回执 with the amount it froze; the freeze runs from
 * today for its term.
 */
@Component("freezeListener")
class FreezeListener implements TaskListener {

    private final BankRequestRepository requests;
    private final Clock clock;

    FreezeListener(BankRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String receipt = BankAnswers.required(task, BankVariables.RECEIPT_NO, "冻结回执号");
        BigDecimal frozen = BankAnswers.amount(task, BankVariables.FROZEN_AMOUNT, "实际冻结金额");
        LocalDate until = LocalDate.now(clock.withZone(ChinaTime.ZONE)).plusMonths(BankAnswers.termMonths(task));
        requests.frozen(task.getExecution().getProcessBusinessKey(), receipt, frozen, until);
        task.getExecution().setVariable(BankVariables.FROZEN_UNTIL, BankAnswers.endOf(until));
    }
}

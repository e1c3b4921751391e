package com.taxcollab.bank;

import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${queryAnswerListener}} on completion of 办理协助查询: the bank's query result ends the request. */
@Component("queryAnswerListener")
class QueryAnswerListener implements TaskListener {

    private final BankRequestRepository requests;
    private final Clock clock;

    QueryAnswerListener(BankRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String result = BankAnswers.required(task, BankVariables.QUERY_RESULT, "查询结果");
        requests.answered(task.getExecution().getProcessBusinessKey(), result,
                ProcessValues.answer(task, BankVariables.RECEIPT_NO), OffsetDateTime.now(clock));
    }
}

package com.taxcollab.assistance;

import static com.taxcollab.system.ProcessValues.answer;

import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${answerReviewListener}} on completion of 确认协助结果: the tax officer confirms the answer,
 * which closes the case, or asks for a supplement (补正) with a reason, at most {@value #MAX_SUPPLEMENTS}
 * times; after that the answer stands or the officer takes it further outside this case.
 */
@Component("answerReviewListener")
class AnswerReviewListener implements TaskListener {

    static final int MAX_SUPPLEMENTS = 2;

    private final AssistanceRepository requests;
    private final Clock clock;

    AnswerReviewListener(AssistanceRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String review = answer(task, AssistanceVariables.REVIEW);
        if ("CONFIRM".equals(review)) {
            requests.closed(caseNumber, AssistanceStatus.CLOSED, null, OffsetDateTime.now(clock));
        } else if ("SUPPLEMENT".equals(review)) {
            if (requests.find(caseNumber).orElseThrow().supplements() >= MAX_SUPPLEMENTS) {
                throw new InvalidInputException(AssistanceVariables.REVIEW, "已补正 " + MAX_SUPPLEMENTS
                        + " 次，不能再要求补正，请确认协助结果");
            }
            requests.supplementAsked(caseNumber, AssistanceAnswerListener.required(task,
                    AssistanceVariables.SUPPLEMENT_REASON, "补正的要求"));
        } else {
            throw new InvalidInputException(AssistanceVariables.REVIEW, "请选择确认或要求补正");
        }
    }
}

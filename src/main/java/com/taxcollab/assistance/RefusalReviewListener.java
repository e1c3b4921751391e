package com.taxcollab.assistance;

import static com.taxcollab.system.ProcessValues.answer;

import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${refusalReviewListener}} on completion of 审查不予协助理由: the tax officer accepts the
 * refusal, which closes the case, or sends it on as a dispute for the government of the same level
 * (policy §3), with the reason; {@link OpenLinkedDisputeDelegate} then opens it.
 */
@Component("refusalReviewListener")
class RefusalReviewListener implements TaskListener {

    private final AssistanceRepository requests;
    private final Clock clock;

    RefusalReviewListener(AssistanceRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String review = answer(task, AssistanceVariables.REFUSAL_REVIEW);
        if ("ACCEPT".equals(review)) {
            requests.closed(task.getExecution().getProcessBusinessKey(), AssistanceStatus.REFUSAL_ACCEPTED, null,
                    OffsetDateTime.now(clock));
        } else if ("DISPUTE".equals(review)) {
            AssistanceAnswerListener.required(task, AssistanceVariables.DISPUTE_REASON, "提请争议协调的理由");
        } else {
            throw new InvalidInputException(AssistanceVariables.REFUSAL_REVIEW, "请选择接受或提请争议协调");
        }
    }
}

package com.taxcollab.assistance;

import static com.taxcollab.system.ProcessValues.answer;

import com.taxcollab.system.EngineActor;
import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${assistanceAnswerListener}} on completion of 办理协助请求: an answer needs its opinion, and a
 * 复核 its verdict; a refusal needs its reason and is refused itself where the duty allows none.
 */
@Component("assistanceAnswerListener")
class AssistanceAnswerListener implements TaskListener {

    static final Set<String> VERDICTS = Set.of("TRUE", "FALSE", "PARTLY");

    private final AssistanceRepository requests;
    private final Clock clock;

    AssistanceAnswerListener(AssistanceRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        Assistance request = requests.find(caseNumber).orElseThrow();
        String by = EngineActor.idOr(task.getProcessEngineServices(), task.getAssignee());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String answer = answer(task, AssistanceVariables.ANSWER);
        if (AssistanceVariables.REFUSED.equals(answer)) {
            if (!request.mayRefuse()) {
                throw new InvalidInputException(AssistanceVariables.ANSWER, "此项协助为法定职责，不得不予协助");
            }
            String reason = required(task, AssistanceVariables.REFUSAL_REASON, "不予协助的理由");
            requests.answered(caseNumber, AssistanceStatus.REFUSED, null, null, null, reason, by, now);
            return;
        }
        if (!AssistanceVariables.ANSWERED.equals(answer)) {
            throw new InvalidInputException(AssistanceVariables.ANSWER, "请选择答复或不予协助");
        }
        String text = required(task, AssistanceVariables.ANSWER_TEXT, "协助意见");
        String verdict = null;
        if (request.review()) {
            verdict = answer(task, AssistanceVariables.VERDICT);
            if (!VERDICTS.contains(verdict)) {
                throw new InvalidInputException(AssistanceVariables.VERDICT, "请选择复核结论：属实、不属实或部分属实");
            }
        }
        requests.answered(caseNumber, request.needsConfirmation() ? AssistanceStatus.ANSWERED
                : AssistanceStatus.CLOSED, text, verdict, answer(task, AssistanceVariables.FIGURES), null, by, now);
    }

    static String required(DelegateTask task, String name, String label) {
        String value = answer(task, name);
        if (value == null) {
            throw new InvalidInputException(name, "必须填写" + label);
        }
        return value;
    }
}

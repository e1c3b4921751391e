package com.taxcollab.assistance;

import com.taxcollab.calendar.Term;
import com.taxcollab.calendar.WorkingDayExpressions;
import com.taxcollab.system.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${assistanceTerms.enterAnswer(execution)}} on the way into 办理协助请求: the due date, reminder
 * and escalation from the duty's term as it stood when the request was filed (kept in the instance),
 * counted from now: a supplement gives the department the term again.
 */
@Component("assistanceTerms")
public class AssistanceTerms {

    /** the due moment as the answer form shows it, e.g. 2026年10月08日 23:59 */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm").withZone(ChinaTime.ZONE);

    private final WorkingDayExpressions terms;

    AssistanceTerms(WorkingDayExpressions terms) {
        this.terms = terms;
    }

    public Date enterAnswer(DelegateExecution execution) {
        Term term = new Term(number(execution, AssistanceVariables.TERM_AMOUNT),
                Term.Unit.valueOf((String) execution.getVariable(AssistanceVariables.TERM_UNIT)));
        Date due = terms.due(term);
        execution.setVariable(AssistanceVariables.ANSWER_DUE, due);
        execution.setVariable(AssistanceVariables.ANSWER_DUE_TEXT, SHOWN.format(due.toInstant()));
        execution.setVariable(AssistanceVariables.ANSWER_REMINDER,
                terms.reminder(due, term, number(execution, AssistanceVariables.REMINDER_BEFORE)));
        execution.setVariable(AssistanceVariables.ANSWER_ESCALATION,
                terms.escalation(due, term, number(execution, AssistanceVariables.ESCALATE_AFTER)));
        return due;
    }

    private static int number(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).intValue();
    }
}

package com.taxcollab.assistance;

import com.taxcollab.calendar.Term;
import com.taxcollab.calendar.Terms;
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

    private final Terms terms;

    AssistanceTerms(Terms terms) {
        this.terms = terms;
    }

    public Date enterAnswer(DelegateExecution execution) {
        Term term = new Term(number(execution, AssistanceVariables.TERM_AMOUNT),
                Term.Unit.valueOf((String) execution.getVariable(AssistanceVariables.TERM_UNIT)));
        Date due = terms.due(term);
        execution.setVariable(AssistanceVariables.ANSWER_DUE, due);
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

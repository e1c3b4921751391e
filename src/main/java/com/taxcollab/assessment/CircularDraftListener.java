package com.taxcollab.assessment;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DraftCircular}: the first time, the draft composed from the month's figures; returned by the
 * leader, the text as the supervisor last left it (a revisited form would open empty).
 */
@Component("circularDraftListener")
class CircularDraftListener implements TaskListener {

    static final String TEXT = "circularText";

    private final CircularDraft draft;

    CircularDraftListener(CircularDraft draft) {
        this.draft = draft;
    }

    @Override
    public void notify(DelegateTask task) {
        Object earlier = task.getExecution().getVariable(TEXT);
        if (earlier == null) {
            task.getExecution().setVariable(TEXT, draft.of(task.getTenantId(),
                    YearMonth.parse((String) task.getVariable(MonthlyCirculars.MONTH))));
        } else if (task.hasVariableLocal(TEXT)) {
            // unshadowed: the supervisor goes on from their own text, and their new answer goes to the case
            task.removeVariableLocal(TEXT);
        }
    }
}

package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseBatch}: the batch closed and the summary its initiator is told. */
@Component("closeRectificationBatchDelegate")
class CloseRectificationBatchDelegate implements JavaDelegate {

    private final RectificationItems items;

    CloseRectificationBatchDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SUMMARY,
                items.closeBatch(ProcessValues.text(execution, CaseOpener.CASE_NUMBER)));
    }
}

package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReturnItem}: the item goes back to the unit with the supervisor's new due date. */
@Component("returnRectificationItemDelegate")
class ReturnRectificationItemDelegate implements JavaDelegate {

    private final RectificationItems items;

    ReturnRectificationItemDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ITEM_DUE, items.returnItem(itemId(execution),
                execution.getVariable(REVIEW_COMMENT), execution.getVariable(NEW_DUE_DATE)));
    }
}

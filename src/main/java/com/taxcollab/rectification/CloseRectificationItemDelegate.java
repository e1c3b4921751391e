package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseItem}: 销号, with the days it was late. */
@Component("closeRectificationItemDelegate")
class CloseRectificationItemDelegate implements JavaDelegate {

    private final RectificationItems items;

    CloseRectificationItemDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.close(itemId(execution), execution.getVariable(REVIEW_COMMENT));
    }
}

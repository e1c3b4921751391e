package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ApplyExtension}: the approved due date, which the item's timers count from. */
@Component("approveRectificationExtensionDelegate")
class ApproveRectificationExtensionDelegate implements JavaDelegate {

    private final RectificationItems items;

    ApproveRectificationExtensionDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ITEM_DUE, items.approveExtension(itemId(execution),
                execution.getVariable(EXTENSION_COMMENT)));
        execution.setVariable(UNIT_WORK_OUTCOME, EXTENDED);
    }
}

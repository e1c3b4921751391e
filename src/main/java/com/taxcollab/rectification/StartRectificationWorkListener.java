package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of {@code SubProcess_UnitWork}: the unit's work (re)starts, with the light its due date gives. */
@Component("startRectificationWorkListener")
class StartRectificationWorkListener implements ExecutionListener {

    private final RectificationItems items;

    StartRectificationWorkListener(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(UNIT_WORK_OUTCOME, null);
        execution.setVariable(ITEM_DUE_TEXT, items.item(itemId(execution)).dueDate().toString());
        items.startWork(itemId(execution));
    }
}

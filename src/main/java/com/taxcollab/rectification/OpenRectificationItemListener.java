package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import com.taxcollab.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of {@code SubProcess_Item}: each item's scope holds its own due date, department and form answers. */
@Component("openRectificationItemListener")
class OpenRectificationItemListener implements ExecutionListener {

    private final RectificationItems items;
    private final Organisation organisation;

    OpenRectificationItemListener(RectificationItems items, Organisation organisation) {
        this.items = items;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ItemRow item = items.item(itemId(execution));
        execution.setVariableLocal(ITEM_DUE, RectificationItems.dueAt(item.dueDate()));
        execution.setVariableLocal(ITEM_DEPARTMENT, item.department());
        execution.setVariableLocal(ITEM_DEPARTMENT_NAME,
                organisation.departmentName(item.department()).orElse(item.department()));
        execution.setVariableLocal(ITEM_PROBLEM, item.problem());
        execution.setVariableLocal(ITEM_DUE_TEXT, item.dueDate().toString());
        ITEM_SCOPED.forEach(name -> execution.setVariableLocal(name, null));
    }
}

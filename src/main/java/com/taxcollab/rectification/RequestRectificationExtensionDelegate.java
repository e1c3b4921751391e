package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordExtensionRequest}: the unit's request for a later due date, checked. */
@Component("requestRectificationExtensionDelegate")
class RequestRectificationExtensionDelegate implements JavaDelegate {

    private final RectificationItems items;

    RequestRectificationExtensionDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.requestExtension(itemId(execution), execution.getVariable(EXTENSION_REASON),
                execution.getVariable(REQUESTED_DUE_DATE));
    }
}

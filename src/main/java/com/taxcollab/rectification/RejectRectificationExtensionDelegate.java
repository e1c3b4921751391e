package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RejectExtension}: the refusal, recorded; the unit works on to the old due date. */
@Component("rejectRectificationExtensionDelegate")
class RejectRectificationExtensionDelegate implements JavaDelegate {

    private final RectificationItems items;

    RejectRectificationExtensionDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.rejectExtension(itemId(execution), execution.getVariable(EXTENSION_COMMENT));
    }
}

package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReport}: the unit's report, and that the unit's phase ended reported. */
@Component("recordRectificationReportDelegate")
class RecordRectificationReportDelegate implements JavaDelegate {

    private final RectificationItems items;

    RecordRectificationReportDelegate(RectificationItems items) {
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        items.report(itemId(execution), execution.getVariable(REPORT));
        execution.setVariable(UNIT_WORK_OUTCOME, REPORTED);
    }
}

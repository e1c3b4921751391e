package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.system.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterItems}: the batch and its items into the ledger; from then on the ledger is the one place to read them. */
@Component("registerRectificationItemsDelegate")
class RegisterRectificationItemsDelegate implements JavaDelegate {

    private final RectificationRegistration registration;

    RegisterRectificationItemsDelegate(RectificationRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.register(ProcessValues.text(execution, CaseOpener.CASE_NUMBER), execution.getTenantId(),
                ProcessValues.text(execution, CaseOpener.INITIATOR), execution.getVariable(TITLE), execution.getVariable(ITEMS));
        // the items live in our table from now on: the ledger is the one place to read them
        execution.removeVariable(ITEMS);
    }
}

package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRenewal}: the registry re-registered the seal (续封): a new term follows the old one. */
@Component("recordSeizureRenewalDelegate")
class RecordSeizureRenewalDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordSeizureRenewalDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var term = service.renewed(execution.getProcessBusinessKey(),
                FormValues.integer(execution.getVariable(SeizureVariables.RENEWAL_MONTHS), "续封期限"),
                FormValues.string(execution.getVariable(SeizureVariables.RENEWAL_REGISTRATION_NO)),
                (String) execution.getVariable(SeizureVariables.ACTOR));
        TermVariables.set(execution, term);
    }
}

package com.taxcollab.dispute;

import com.taxcollab.cases.CaseOpener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordDispute}: the dispute, its departments and the case's participants. */
@Component("recordDisputeDelegate")
class RecordDisputeDelegate implements JavaDelegate {

    private final DisputeService service;

    RecordDisputeDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.record(execution.getProcessBusinessKey(), execution.getTenantId(),
                (String) execution.getVariable(CaseOpener.INITIATOR),
                (String) execution.getVariable(DisputeVariables.MATTER),
                (String) execution.getVariable(DisputeVariables.DESCRIPTION),
                execution.getVariable(DisputeVariables.DEPARTMENTS),
                (String) execution.getVariable(DisputeVariables.REFERRED_FROM));
    }
}

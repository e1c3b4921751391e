package com.taxcollab.seizure;

import com.taxcollab.cases.CaseOpener;
import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordSeizure}: the request, checked by the same rules as the API, goes into the register. */
@Component("recordSeizureDelegate")
class RecordSeizureDelegate implements JavaDelegate {

    private final SeizureService service;

    RecordSeizureDelegate(SeizureService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SeizureRequest request = new SeizureRequest(execution.getTenantId(),
                string(execution, SeizureVariables.TAXPAYER_NAME), string(execution, SeizureVariables.TAXPAYER_ID_NUMBER),
                string(execution, SeizureVariables.CERTIFICATE_NO), string(execution, SeizureVariables.LOCATION),
                area(execution.getVariable(SeizureVariables.AREA)), string(execution, SeizureVariables.LEGAL_BASIS),
                string(execution, SeizureVariables.TAX_DECISION_NO),
                string(execution, SeizureVariables.ASSISTANCE_NOTICE_NO),
                FormValues.integer(execution.getVariable(SeizureVariables.TERM_MONTHS), "查封期限"), null);
        service.record(execution.getProcessBusinessKey(), request,
                (String) execution.getVariable(CaseOpener.INITIATOR));
    }

    private static String string(DelegateExecution execution, String name) {
        return FormValues.string(execution.getVariable(name));
    }

    private static BigDecimal area(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new ProcessEngineException("面积须为数字：" + value);
        }
    }
}

package com.taxcollab.seizure;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.system.ProcessValues;
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
                ProcessValues.text(execution, SeizureVariables.TAXPAYER_NAME), ProcessValues.text(execution, SeizureVariables.TAXPAYER_ID_NUMBER),
                ProcessValues.text(execution, SeizureVariables.CERTIFICATE_NO), ProcessValues.text(execution, SeizureVariables.LOCATION),
                area(execution.getVariable(SeizureVariables.AREA)), ProcessValues.text(execution, SeizureVariables.LEGAL_BASIS),
                ProcessValues.text(execution, SeizureVariables.TAX_DECISION_NO),
                ProcessValues.text(execution, SeizureVariables.ASSISTANCE_NOTICE_NO),
                FormValues.integer(execution.getVariable(SeizureVariables.TERM_MONTHS), "查封期限"), null);
        service.record(execution.getProcessBusinessKey(), request,
                (String) execution.getVariable(CaseOpener.INITIATOR));
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

package com.taxcollab.auction;

import com.taxcollab.cases.CaseOpener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordTaxEstimateDelegate}}: keeps the DMN's estimate and shows it on the tax officer's form. */
@Component("recordTaxEstimateDelegate")
class RecordTaxEstimateDelegate implements JavaDelegate {

    private final AuctionTaxGuidance guidance;

    RecordTaxEstimateDelegate(AuctionTaxGuidance guidance) {
        this.guidance = guidance;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(
                AuctionVariables.TAX_ESTIMATE_ROWS);
        Map<String, Object> estimate = guidance.estimate((String) execution.getVariable(CaseOpener.CASE_NUMBER),
                rows == null ? List.of() : rows, (Number) execution.getVariable(AuctionVariables.RESERVE_PRICE),
                (String) execution.getVariable(AuctionVariables.TRANSACTION_DATE));
        execution.setVariable(AuctionVariables.TAX_ESTIMATE_SUMMARY, AuctionTaxGuidance.summary(estimate));
        // the rows live on in the case's tables; as a variable they would only weigh on every form
        execution.removeVariable(AuctionVariables.TAX_ESTIMATE_ROWS);
    }
}

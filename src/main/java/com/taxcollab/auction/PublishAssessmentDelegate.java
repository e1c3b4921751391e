package com.taxcollab.auction;

import com.taxcollab.system.EngineActor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${publishAssessmentDelegate}}: sends the taxes assessed on the sale to the court. */
@Component("publishAssessmentDelegate")
class PublishAssessmentDelegate implements JavaDelegate {

    private final AuctionTaxGuidance guidance;

    PublishAssessmentDelegate(AuctionTaxGuidance guidance) {
        this.guidance = guidance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> sale = new LinkedHashMap<>();
        for (String name : new String[] {AuctionVariables.SALE_PRICE, AuctionVariables.SALE_DATE,
                AuctionVariables.BUYER_NAME}) {
            Object value = execution.getVariable(name);
            if (value != null) {
                sale.put(name, value);
            }
        }
        guidance.issueAssessment(PublishGuidanceDelegate.courtCase(execution), sale,
                (Number) execution.getVariable(AuctionVariables.ASSESSED_SELLER_TAXES),
                (Number) execution.getVariable(AuctionVariables.ASSESSED_BUYER_TAXES),
                (String) execution.getVariable(AuctionVariables.ASSESSMENT_NOTES),
                EngineActor.idOr(execution.getProcessEngineServices(), null));
    }
}

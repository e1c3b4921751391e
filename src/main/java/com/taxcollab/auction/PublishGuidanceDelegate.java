package com.taxcollab.auction;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CourtCaseVariables;
import com.taxcollab.system.EngineActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${publishGuidanceDelegate}}: issues the reviewed guidance to the court. */
@Component("publishGuidanceDelegate")
class PublishGuidanceDelegate implements JavaDelegate {

    private final AuctionTaxGuidance guidance;

    PublishGuidanceDelegate(AuctionTaxGuidance guidance) {
        this.guidance = guidance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        guidance.issueGuidance(courtCase(execution),
                (Number) execution.getVariable(AuctionVariables.KNOWN_ARREARS),
                (String) execution.getVariable(AuctionVariables.GUIDANCE_NOTES),
                EngineActor.idOr(execution.getProcessEngineServices(), null));
    }

    /** The court's side of the auction case, as the documents to the court name it. */
    static AuctionTaxGuidance.CourtCase courtCase(DelegateExecution execution) {
        return new AuctionTaxGuidance.CourtCase((String) execution.getVariable(CaseOpener.CASE_NUMBER),
                (String) execution.getVariable(CourtCaseVariables.COURT_NAME),
                (String) execution.getVariable(CourtCaseVariables.COURT_CASE_NUMBER),
                (String) execution.getVariable(AuctionVariables.OWNER_NAME),
                (String) execution.getVariable(AuctionVariables.PROPERTY_LOCATION));
    }
}

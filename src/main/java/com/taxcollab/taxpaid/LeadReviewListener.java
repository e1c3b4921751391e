package com.taxcollab.taxpaid;

import com.taxcollab.cases.official.DocumentTemplates;
import com.taxcollab.cases.official.IssuedDocuments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${leadReviewListener}} on completion of 核查涉税线索: what tax found and what it did, recorded
 * and issued to the counter as a 涉税线索核查结果告知书 in the case file.
 */
@Component("leadReviewListener")
class LeadReviewListener implements TaskListener {

    static final Map<String, String> OUTCOMES = Map.of("CONFIRMED", "情况属实，已责令纳税人申报缴纳",
            "PAID_ELSEWHERE", "已缴纳，凭证已补录登记册", "NO_ISSUE", "经核实不属于应税情形");

    static final String RESULT_DOCUMENT = "核查结果";

    private final TaxLeadRepository leads;
    private final IssuedDocuments documents;
    private final Organisation organisation;

    LeadReviewListener(TaxLeadRepository leads, IssuedDocuments documents, Organisation organisation) {
        this.leads = leads;
        this.documents = documents;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = ProcessValues.answer(task, TaxLeadVariables.OUTCOME);
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            throw new InvalidInputException(TaxLeadVariables.OUTCOME, "请选择核查结论");
        }
        String note = ProcessValues.answer(task, TaxLeadVariables.OUTCOME_NOTE);
        if (note == null) {
            throw new InvalidInputException(TaxLeadVariables.OUTCOME_NOTE, "必须填写核查情况");
        }
        String caseNumber = task.getExecution().getProcessBusinessKey();
        leads.reviewed(caseNumber, outcome, note);
        TaxLeadRepository.TaxLead lead = leads.find(caseNumber).orElseThrow();
        documents.issue(caseNumber, RESULT_DOCUMENT, "tax-lead-result", Map.of(
                "caseNumber", caseNumber,
                "department", organisation.departmentName(lead.department()).orElse(lead.department()),
                "subject", lead.subject().label(), "keys", lead.keysText(), "outcome", OUTCOMES.get(outcome),
                "note", DocumentTemplates.sentence(note)), task.getAssignee());
    }
}

package com.taxcollab.taxpaid;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code ${leadReviewListener}} on completion of 核查涉税线索: what tax found, and what it did. */
@Component("leadReviewListener")
class LeadReviewListener implements TaskListener {

    static final Map<String, String> OUTCOMES = Map.of("CONFIRMED", "情况属实，已责令纳税人申报缴纳",
            "PAID_ELSEWHERE", "已缴纳，凭证已补录登记册", "NO_ISSUE", "经核实不属于应税情形");

    private final TaxLeadRepository leads;

    LeadReviewListener(TaxLeadRepository leads) {
        this.leads = leads;
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
        leads.reviewed(task.getExecution().getProcessBusinessKey(), outcome, note);
    }
}

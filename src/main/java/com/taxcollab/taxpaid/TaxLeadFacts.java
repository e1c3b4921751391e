package com.taxcollab.taxpaid;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import java.util.List;
import org.springframework.stereotype.Component;

/** A 涉税线索's case file: which counter saw what, and what tax found. */
@Component
class TaxLeadFacts implements CaseFactSource {

    private final TaxLeadRepository leads;
    private final Organisation organisation;

    TaxLeadFacts(TaxLeadRepository leads, Organisation organisation) {
        this.leads = leads;
        this.organisation = organisation;
    }

    @Override
    public CaseType type() {
        return CaseType.XS;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return leads.find(caseNumber).map(this::facts).orElse(CaseFacts.NONE);
    }

    private CaseFacts facts(TaxLeadRepository.TaxLead lead) {
        String outcome = lead.outcome() == null ? null : LeadReviewListener.OUTCOMES.get(lead.outcome());
        return new CaseFacts(outcome == null ? "待税务机关核查" : "已核查：" + outcome, List.of(
                new Fact("核验事项", lead.subject().label()),
                new Fact("核验部门", organisation.departmentName(lead.department()).orElse(lead.department())),
                new Fact("核验内容", lead.keysText()),
                new Fact("当事人", lead.partyName()),
                new Fact("补充说明", lead.note()),
                new Fact("核查结论", outcome),
                new Fact("核查情况", lead.outcomeNote())), null);
    }
}

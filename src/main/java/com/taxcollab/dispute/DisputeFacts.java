package com.taxcollab.dispute;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A dispute's case file: the matter, who is party to it, what negotiation agreed and what was decided. */
@Component
class DisputeFacts implements CaseFactSource {

    private final DisputeRepository disputes;
    private final Organisation organisation;

    DisputeFacts(DisputeRepository disputes, Organisation organisation) {
        this.disputes = disputes;
        this.organisation = organisation;
    }

    @Override
    public CaseType type() {
        return CaseType.ZY;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return disputes.find(caseNumber).map(this::facts).orElse(CaseFacts.NONE);
    }

    private CaseFacts facts(Dispute dispute) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("争议事项", dispute.matter()));
        facts.add(new Fact("情况说明", dispute.description()));
        facts.add(new Fact("争议各方", String.join("、", dispute.departments().stream()
                .map(d -> organisation.departmentName(d).orElse(d)).toList())));
        facts.add(new Fact("协商意见", dispute.agreementText()));
        facts.add(new Fact("裁决意见", dispute.decisionText()));
        facts.add(new Fact("裁决机关", dispute.decisionLevel() == null ? null
                : organisation.jurisdictionName(dispute.decisionLevel()).orElse(dispute.decisionLevel()) + "人民政府"));
        facts.add(new Fact("报请市级裁决", dispute.referredTo()));
        facts.add(new Fact("由区县报请", dispute.referredFrom()));
        dispute.confirmations().stream().filter(c -> c.reason() != null && !c.reason().isBlank()).forEach(c -> facts.add(
                new Fact(organisation.departmentName(c.department()).orElse(c.department()) + "不认可的理由", c.reason())));
        return new CaseFacts(dispute.outcomeLabel(), facts, null);
    }
}

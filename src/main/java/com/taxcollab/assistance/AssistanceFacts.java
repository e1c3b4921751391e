package com.taxcollab.assistance;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An assistance request's case file: the duty and its term, what was asked, and the answer. */
@Component
class AssistanceFacts implements CaseFactSource {

    static final Map<String, String> VERDICTS = Map.of("TRUE", "属实", "FALSE", "不属实", "PARTLY", "部分属实");

    private final AssistanceRepository requests;
    private final Organisation organisation;

    AssistanceFacts(AssistanceRepository requests, Organisation organisation) {
        this.requests = requests;
        this.organisation = organisation;
    }

    @Override
    public CaseType type() {
        return CaseType.XZ;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return requests.find(caseNumber).map(this::facts).orElse(CaseFacts.NONE);
    }

    private CaseFacts facts(Assistance request) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("协助事项类别", request.dutyName()));
        facts.add(new Fact("依据", request.legalBasis()));
        facts.add(new Fact("协助部门", organisation.departmentName(request.assistingDepartment())
                .orElse(request.assistingDepartment())));
        facts.add(new Fact("纳税人", request.taxpayerName() + "（" + request.taxpayerIdNumber() + "）"));
        facts.add(new Fact("协助事项", request.requestText()));
        facts.add(new Fact("答复期限", request.term().text()));
        facts.add(new Fact("复核结论", request.verdict() == null ? null : VERDICTS.get(request.verdict())));
        facts.add(new Fact("协助意见", request.answerText()));
        facts.add(new Fact("有关数据", request.figures()));
        facts.add(new Fact("不予协助的理由", request.refusalReason()));
        facts.add(new Fact("补正", request.supplements() == 0 ? null
                : request.supplements() + " 次；最近一次要求：" + request.supplementReason()));
        facts.add(new Fact("转争议协调案件", request.linkedDispute()));
        return new CaseFacts(request.state().label(), facts, null);
    }
}

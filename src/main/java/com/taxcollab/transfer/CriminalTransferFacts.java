package com.taxcollab.transfer;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A transferred case's file: the suspicion, and each decision of the police, tax and the procuratorate. */
@Component
class CriminalTransferFacts implements CaseFactSource {

    static final Map<String, String> LABELS = Map.of("FILE", "立案", "REFUSE", "不予立案", "UPHOLD", "维持不予立案",
            "ORDER_FILING", "通知公安机关立案", "REFUSAL_JUSTIFIED", "不予立案理由成立", "PROSECUTION", "移送审查起诉",
            "WITHDRAWN", "撤销案件");

    private final CriminalTransferRepository transfers;

    CriminalTransferFacts(CriminalTransferRepository transfers) {
        this.transfers = transfers;
    }

    @Override
    public CaseType type() {
        return CaseType.YS;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return transfers.find(caseNumber).map(this::facts).orElse(CaseFacts.NONE);
    }

    private CaseFacts facts(CriminalTransfer t) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("纳税人", t.taxpayerName()));
        facts.add(new Fact("涉嫌罪名", t.suspectedOffence()));
        facts.add(new Fact("涉嫌犯罪事实", t.facts()));
        facts.add(new Fact("涉案税款", CaseFacts.yuan(t.amount())));
        facts.add(new Fact("立案决定", label(t.filingDecision())));
        facts.add(new Fact("不予立案的理由", t.refusalReason()));
        facts.add(new Fact("提请复议的理由", t.reconsiderationReason()));
        facts.add(new Fact("复议决定", label(t.reconsiderationDecision())));
        facts.add(new Fact("提请立案监督的理由", t.supervisionReason()));
        facts.add(new Fact("立案监督", label(t.supervisionResult())));
        facts.add(new Fact("办理结果", label(t.outcome())));
        facts.add(new Fact("办理结果说明", t.outcomeNote()));
        return new CaseFacts(t.state().label(), facts, null);
    }

    private static String label(String code) {
        return code == null ? null : LABELS.getOrDefault(code, code);
    }
}

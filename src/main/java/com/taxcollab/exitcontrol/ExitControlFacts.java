package com.taxcollab.exitcontrol;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An exit control's case file: who is stopped and why, the control's term, the settlement and the lift. */
@Component
class ExitControlFacts implements CaseFactSource {

    static final Map<String, String> STATES = Map.of(ExitControl.REQUESTED, "已提请，待出入境管理部门登记",
            ExitControl.CONTROLLED, "边控中", ExitControl.SETTLED, "已结清，待解除边控",
            ExitControl.LIFTING, "税务机关已决定解除，待解除边控", ExitControl.LIFTED, "已解除边控", ExitControl.LAPSED, "边控期满");
    static final Map<String, String> SETTLEMENTS = Map.of("PAID", "已缴清税款及滞纳金", "GUARANTEE", "已提供纳税担保");

    private final ExitControlRepository controls;

    ExitControlFacts(ExitControlRepository controls) {
        this.controls = controls;
    }

    @Override
    public CaseType type() {
        return CaseType.BK;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return controls.find(caseNumber).map(this::facts).orElse(CaseFacts.NONE);
    }

    private CaseFacts facts(ExitControl c) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("被阻止出境人员", c.personName()));
        facts.add(new Fact("欠税单位", c.companyName()));
        facts.add(new Fact("欠缴税款及滞纳金", CaseFacts.yuan(c.unpaidAmount())));
        facts.add(new Fact("边控对象通知书", c.noticeNo()));
        facts.add(new Fact("边控登记号", c.registrationNo()));
        facts.add(new Fact("边控期限至", c.controlledUntil() == null ? null : c.controlledUntil().toString()));
        facts.add(new Fact("续控次数", c.renewals() == 0 ? null : String.valueOf(c.renewals())));
        facts.add(new Fact("结清情况", c.settlementKind() == null ? null : SETTLEMENTS.get(c.settlementKind())));
        facts.add(new Fact("解除边控对象通知书", c.liftNoticeNo()));
        facts.add(new Fact("解除边控登记号", c.liftRegistrationNo()));
        String state = STATES.get(c.status());
        return new CaseFacts(ExitControl.CONTROLLED.equals(c.status()) && c.controlledUntil() != null
                ? state + "，至 " + c.controlledUntil() : state, facts, null);
    }
}

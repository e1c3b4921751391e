package com.taxcollab.exitcontrol;

import com.taxcollab.cases.IssuedDocuments;
import com.taxcollab.cases.Masking;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 解除边控对象通知书 tax issues to immigration when the taxes are settled or it decides to lift. */
@Component
class LiftNotice {

    static final String KIND = "解除边控对象通知书";

    private final ExitControlRepository controls;
    private final IssuedDocuments documents;
    private final Organisation organisation;
    private final Clock clock;

    LiftNotice(ExitControlRepository controls, IssuedDocuments documents, Organisation organisation, Clock clock) {
        this.controls = controls;
        this.documents = documents;
        this.organisation = organisation;
        this.clock = clock;
    }

    void issue(String caseNumber, String liftNoticeNo, String reason, String officer) {
        ExitControl c = controls.find(caseNumber).orElseThrow();
        documents.issue(caseNumber, KIND, KIND, List.of(
                "文号：" + liftNoticeNo,
                organisation.jurisdictionName(c.jurisdiction()).orElse(c.jurisdiction()) + "公安出入境管理部门：",
                "",
                "本局以边控对象通知书（" + c.noticeNo() + "）通知阻止出境的" + c.personName() + "（身份证号码 "
                        + Masking.idNumber(c.personIdNumber()) + "，边控登记号 " + c.registrationNo() + "），" + reason
                        + "。根据《中华人民共和国税收征收管理法》第四十四条，请即解除对其的出境限制。",
                "",
                organisation.jurisdictionName(c.jurisdiction()).orElse(c.jurisdiction()) + "税务局    "
                        + LocalDate.now(clock.withZone(ChinaTime.ZONE)),
                "经办人：" + officer), officer);
    }
}

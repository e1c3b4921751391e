package com.taxcollab.exitcontrol;

import com.taxcollab.cases.official.IssuedDocuments;
import com.taxcollab.cases.Masking;
import com.taxcollab.organisation.Organisation;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 解除边控对象通知书 tax issues to immigration when the taxes are settled or it decides to lift. */
@Component
class LiftNotice {

    static final String KIND = "解除边控对象通知书";

    private final ExitControlRepository controls;
    private final IssuedDocuments documents;
    private final Organisation organisation;

    LiftNotice(ExitControlRepository controls, IssuedDocuments documents, Organisation organisation) {
        this.controls = controls;
        this.documents = documents;
        this.organisation = organisation;
    }

    void issue(String caseNumber, String liftNoticeNo, String reason, String officer) {
        ExitControl c = controls.find(caseNumber).orElseThrow();
        documents.issue(caseNumber, KIND, "exit-control-lift", Map.of("caseNumber", caseNumber,
                "immigration", organisation.jurisdictionName(c.jurisdiction()).orElse(c.jurisdiction())
                        + "公安出入境管理部门",
                "noticeNo", c.noticeNo(), "person", c.personName(), "idNumber", Masking.idNumber(c.personIdNumber()),
                "registrationNo", c.registrationNo(), "reason", reason, "liftNoticeNo", liftNoticeNo), officer);
    }
}

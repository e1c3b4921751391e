package com.taxcollab.seizure;

import com.taxcollab.cases.Masking;
import com.taxcollab.cases.official.DocumentTemplates;
import com.taxcollab.cases.official.IssuedDocuments;
import com.taxcollab.organisation.Organisation;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 解除查封通知书 tax sends the registry when it asks for a seal to be lifted, filed in the case. */
@Component
class SeizureReleaseNotice {

    static final String KIND = "解除查封通知书";

    private final SeizureRepository seizures;
    private final IssuedDocuments documents;
    private final Organisation organisation;

    SeizureReleaseNotice(SeizureRepository seizures, IssuedDocuments documents, Organisation organisation) {
        this.seizures = seizures;
        this.documents = documents;
        this.organisation = organisation;
    }

    void issue(String caseNumber, String reason, String officer) {
        Seizure s = seizures.find(caseNumber).orElseThrow();
        String jurisdiction = organisation.jurisdictionName(s.jurisdiction()).orElse(s.jurisdiction());
        documents.issue(caseNumber, KIND, "seizure-release", Map.of("caseNumber", caseNumber,
                "registry", jurisdiction + "不动产登记中心", "taxpayer", s.taxpayerName(),
                "taxpayerId", Masking.idNumber(s.taxpayerIdNumber()), "certificateNo", s.certificateNo(),
                "location", s.location(), "assistanceNoticeNo", s.assistanceNoticeNo(),
                "registrationNo", s.registrationNo() == null ? "—" : s.registrationNo(),
                "reason", DocumentTemplates.sentence(reason) == null ? "查封原因已消除。" : DocumentTemplates.sentence(reason)),
                officer);
    }
}

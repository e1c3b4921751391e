package com.taxcollab.seizure;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.Masking;
import java.util.List;
import org.springframework.stereotype.Component;

/** A seizure's case file: the taxpayer (identity number masked), the property, the legal basis and the term. */
@Component
class SeizureFacts implements CaseFactSource {

    private final SeizureRepository seizures;

    SeizureFacts(SeizureRepository seizures) {
        this.seizures = seizures;
    }

    @Override
    public CaseType type() {
        return CaseType.CF;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return seizures.find(caseNumber).map(SeizureFacts::facts).orElse(CaseFacts.NONE);
    }

    private static CaseFacts facts(Seizure s) {
        return new CaseFacts(summary(s), List.of(
                new Fact("被查封不动产权利人", s.taxpayerName()),
                new Fact("证件号码", Masking.idNumber(s.taxpayerIdNumber())),
                new Fact("不动产权证书号", s.certificateNo()),
                new Fact("坐落", s.location()),
                new Fact("面积", s.area() == null ? null : s.area().stripTrailingZeros().toPlainString() + " 平方米"),
                new Fact("法律依据", "TAX_PRESERVATION".equals(s.legalBasis()) ? "税收保全" : "税收强制执行"),
                new Fact("税务文书号", s.taxDecisionNo()),
                new Fact("协助执行通知书", s.assistanceNoticeNo()),
                new Fact("查封期限", s.termMonths() + " 个月"),
                new Fact("查封登记号", s.registrationNo()),
                new Fact("查封起止", s.sealedFrom() == null ? null : s.sealedFrom() + " 至 " + s.sealedUntil()),
                new Fact("续封次数", s.renewals() == 0 ? null : Integer.toString(s.renewals())),
                new Fact("在先查封机关", s.earlierAuthority()),
                new Fact("不予登记说明", s.rejectionNote()),
                new Fact("解封理由", s.releaseReason()),
                new Fact("解封登记号", s.releaseRegistrationNo())), null);
    }

    private static String summary(Seizure s) {
        return switch (s.status()) {
            case SEALED -> "已查封，至 " + s.sealedUntil();
            case RELEASED -> "已解封（" + s.endedOn() + "）";
            case LAPSED -> "查封期满失效（" + s.endedOn() + "）";
            default -> s.statusLabel();
        };
    }
}

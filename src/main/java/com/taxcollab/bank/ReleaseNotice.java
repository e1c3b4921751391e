package com.taxcollab.bank;

import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.IssuedDocuments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 解除冻结存款通知书 tax issues to the bank when it releases a freeze, before its term or at it. */
@Component
class ReleaseNotice {

    static final String KIND = "解除冻结存款通知书";

    private final BankRequestRepository requests;
    private final IssuedDocuments documents;
    private final Organisation organisation;
    private final Clock clock;

    ReleaseNotice(BankRequestRepository requests, IssuedDocuments documents, Organisation organisation, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.organisation = organisation;
        this.clock = clock;
    }

    void issue(String caseNumber, String noticeNo, String officer) {
        BankRequest r = requests.find(caseNumber).orElseThrow();
        documents.issue(caseNumber, KIND, KIND, List.of(
                "文号：" + noticeNo,
                r.bankName() + "：",
                "",
                "根据《中华人民共和国税收征收管理法》第三十八条，经本局决定，请解除对纳税人" + r.taxpayerName()
                        + "在你行的存款账户（账号 " + r.accountNo() + "）的冻结，冻结金额 "
                        + CaseFacts.yuan(r.frozenAmount()) + "（原冻结存款通知书 " + r.noticeNo() + "，回执 "
                        + r.receiptNo() + "）。",
                "请于解除后出具解除冻结回执。",
                "",
                organisation.jurisdictionName(r.jurisdiction()).orElse(r.jurisdiction()) + "税务局    "
                        + LocalDate.now(clock.withZone(ChinaTime.ZONE)),
                "经办人：" + officer), officer);
    }
}

package com.taxcollab.bank;

import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.official.IssuedDocuments;
import com.taxcollab.organisation.Organisation;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 解除冻结存款通知书 tax issues to the bank when it releases a freeze, before its term or at it. */
@Component
class ReleaseNotice {

    static final String KIND = "解除冻结存款通知书";

    private final BankRequestRepository requests;
    private final IssuedDocuments documents;
    private final Organisation organisation;

    ReleaseNotice(BankRequestRepository requests, IssuedDocuments documents, Organisation organisation) {
        this.requests = requests;
        this.documents = documents;
        this.organisation = organisation;
    }

    void issue(String caseNumber, String noticeNo, String officer) {
        BankRequest r = requests.find(caseNumber).orElseThrow();
        documents.issue(caseNumber, KIND, "bank-release", Map.of("caseNumber", caseNumber, "bank", r.bankName(),
                "taxpayer", r.taxpayerName(), "accountNo", r.accountNo(), "amount", CaseFacts.yuan(r.frozenAmount()),
                "freezeNoticeNo", r.noticeNo(), "receiptNo", r.receiptNo(), "releaseNoticeNo", noticeNo), officer);
    }
}

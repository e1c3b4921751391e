package com.taxcollab.bank;

import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.TaxpayerIdentity;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/bank-assistance}: the kind of assistance, the taxpayer, the bank and (but for a
 * query) the account and amount, the notice's number, a freeze's term in months, and the documents.
 */
record BankAssistanceRequest(String jurisdiction, String kind, TaxpayerIdentity taxpayer, String bankName,
        String accountNo, BigDecimal amount, String noticeNo, Integer termMonths,
        List<RequestAttachment> attachments) {
}

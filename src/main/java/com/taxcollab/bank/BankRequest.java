package com.taxcollab.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code bank_requests}; the answer text is the query result, or the bank's note on a deduction. */
record BankRequest(String caseNumber, String jurisdiction, String kind, String taxpayerName, String taxpayerId,
        String bankName, String accountNo, BigDecimal amount, String noticeNo, Integer termMonths, String status,
        String answerText, String receiptNo, BigDecimal frozenAmount, LocalDate frozenUntil, int renewals,
        BigDecimal deductedAmount, LocalDate deductedOn, String releaseNoticeNo, String releaseReceiptNo) {

    static final String REQUESTED = "REQUESTED";
    static final String ANSWERED = "ANSWERED";
    static final String FROZEN = "FROZEN";
    static final String RELEASING = "RELEASING";
    static final String RELEASED = "RELEASED";
    static final String LAPSED = "LAPSED";
    static final String DEDUCTED = "DEDUCTED";

    BankRequestKind requestKind() {
        return BankRequestKind.valueOf(kind);
    }

    /** What the bank's deduction left unpaid; zero when the debt is settled. */
    BigDecimal outstanding() {
        return amount == null || deductedAmount == null ? amount : amount.subtract(deductedAmount).max(BigDecimal.ZERO);
    }
}

package com.taxcollab.bank;

/** The process variables and messages of {@code BankAssistanceProcess}; the forms use the same names. */
final class BankVariables {

    static final String KIND = "bankRequestKind";
    static final String KIND_LABEL = "bankRequestLabel";
    static final String TAXPAYER_NAME = "taxpayerName";
    static final String BANK_NAME = "bankName";
    static final String ACCOUNT_NO = "accountNo";
    static final String AMOUNT = "amount";
    static final String NOTICE_NO = "noticeNo";
    static final String TERM_MONTHS = "termMonths";
    /** the end of the freeze's term: it lapses then unless renewed or released */
    static final String FROZEN_UNTIL = "frozenUntil";
    static final String QUERY_RESULT = "queryResult";
    static final String RECEIPT_NO = "receiptNo";
    static final String FROZEN_AMOUNT = "frozenAmount";
    static final String RENEWAL_DECISION = "renewalDecision";
    static final String RENEWAL_RECEIPT_NO = "renewalReceiptNo";
    static final String RELEASE_NOTICE_NO = "releaseNoticeNo";
    static final String RELEASE_RECEIPT_NO = "releaseReceiptNo";
    static final String DEDUCTED_AMOUNT = "deductedAmount";
    static final String DEDUCTION_NOTE = "deductionNote";

    /** tax issues the 解除冻结存款通知书 while the deposit is frozen */
    static final String RELEASE_MESSAGE = "BankFreezeReleaseRequested";

    private BankVariables() {
    }
}

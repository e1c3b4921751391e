package com.taxcollab.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code bank_requests} table. */
@Repository
class BankRequestRepository {

    private final JdbcClient jdbc;

    BankRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, BankRequestKind kind, BankAssistanceRequest request, String taxpayerId,
            Integer termMonths, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO bank_requests (case_number, jurisdiction, kind, taxpayer_name, taxpayer_id, bank_name,
                    account_no, amount, notice_no, term_months, status, filed_by, filed_at)
                VALUES (:caseNumber, :jurisdiction, :kind, :name, :id, :bank, :account, :amount, :notice, :term,
                    'REQUESTED', :by, :at)""")
                .param("caseNumber", caseNumber).param("jurisdiction", request.jurisdiction())
                .param("kind", kind.name()).param("name", request.taxpayer().name().strip()).param("id", taxpayerId)
                .param("bank", request.bankName().strip())
                .param("account", kind.concernsAnAmount() ? request.accountNo().strip() : null)
                .param("amount", kind.concernsAnAmount() ? request.amount() : null)
                .param("notice", request.noticeNo().strip()).param("term", termMonths).param("by", by).param("at", at)
                .update();
    }

    Optional<BankRequest> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM bank_requests WHERE case_number = ?").param(caseNumber)
                .query(BankRequest.class).optional();
    }

    /** The request, locked until the transaction ends: two releases at once are one after the other. */
    Optional<BankRequest> lock(String caseNumber) {
        return jdbc.sql("SELECT * FROM bank_requests WHERE case_number = ? FOR UPDATE").param(caseNumber)
                .query(BankRequest.class).optional();
    }

    void answered(String caseNumber, String queryResult, String receiptNo, OffsetDateTime at) {
        jdbc.sql("UPDATE bank_requests SET status = 'ANSWERED', answer_text = ?, receipt_no = ?, ended_at = ?"
                + " WHERE case_number = ?").params(queryResult, receiptNo, at, caseNumber).update();
    }

    void frozen(String caseNumber, String receiptNo, BigDecimal frozenAmount, LocalDate until) {
        jdbc.sql("UPDATE bank_requests SET status = 'FROZEN', receipt_no = ?, frozen_amount = ?, frozen_until = ?"
                + " WHERE case_number = ?").params(receiptNo, frozenAmount, until, caseNumber).update();
    }

    void renewed(String caseNumber, String receiptNo, LocalDate until) {
        jdbc.sql("UPDATE bank_requests SET receipt_no = ?, frozen_until = ?, renewals = renewals + 1"
                + " WHERE case_number = ?").params(receiptNo, until, caseNumber).update();
    }

    /** Tax has issued the release notice; the bank is to lift the freeze. */
    void releasing(String caseNumber, String releaseNoticeNo) {
        jdbc.sql("UPDATE bank_requests SET status = 'RELEASING', release_notice_no = ? WHERE case_number = ?")
                .params(releaseNoticeNo, caseNumber).update();
    }

    void released(String caseNumber, String releaseReceiptNo, OffsetDateTime at) {
        jdbc.sql("UPDATE bank_requests SET status = 'RELEASED', release_receipt_no = ?, ended_at = ?"
                + " WHERE case_number = ?").params(releaseReceiptNo, at, caseNumber).update();
    }

    void lapsed(String caseNumber, OffsetDateTime at) {
        jdbc.sql("UPDATE bank_requests SET status = 'LAPSED', ended_at = ? WHERE case_number = ?")
                .params(at, caseNumber).update();
    }

    void deducted(String caseNumber, BigDecimal amount, LocalDate on, String receiptNo, String note,
            OffsetDateTime at) {
        jdbc.sql("UPDATE bank_requests SET status = 'DEDUCTED', deducted_amount = ?, deducted_on = ?, receipt_no = ?,"
                + " answer_text = ?, ended_at = ? WHERE case_number = ?")
                .params(amount, on, receiptNo, note, at, caseNumber).update();
    }
}

package com.taxcollab.assistance;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code assistance_requests} table. */
@Repository
class AssistanceRepository {

    private final JdbcClient jdbc;

    AssistanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, AssistanceDuty duty, String jurisdiction, String department, String taxpayerName,
            String taxpayerIdNumber, String requestText, String filedBy, OffsetDateTime filedAt) {
        jdbc.sql("""
                INSERT INTO assistance_requests (case_number, duty_code, duty_name, legal_basis, jurisdiction,
                    assisting_department, taxpayer_name, taxpayer_id_number, request_text, term_amount, term_unit,
                    reminder_before, escalate_after, answer_kind, may_refuse, needs_confirmation, status, filed_by,
                    filed_at)
                VALUES (:caseNumber, :code, :name, :basis, :jurisdiction, :department, :taxpayerName, :taxpayerId,
                    :requestText, :amount, :unit, :reminderBefore, :escalateAfter, :answer, :mayRefuse, :confirm,
                    :status, :filedBy, :filedAt)""")
                .param("caseNumber", caseNumber).param("code", duty.code()).param("name", duty.name())
                .param("basis", duty.legalBasis()).param("jurisdiction", jurisdiction).param("department", department)
                .param("taxpayerName", taxpayerName).param("taxpayerId", taxpayerIdNumber)
                .param("requestText", requestText).param("amount", duty.term().amount())
                .param("unit", duty.term().unit().name()).param("reminderBefore", duty.reminderBefore())
                .param("escalateAfter", duty.escalateAfter()).param("answer", duty.answer().name())
                .param("mayRefuse", duty.mayRefuse()).param("confirm", duty.confirm())
                .param("status", AssistanceStatus.REQUESTED.name()).param("filedBy", filedBy)
                .param("filedAt", filedAt).update();
    }

    Optional<Assistance> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM assistance_requests WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(Assistance.class).optional();
    }

    void answered(String caseNumber, AssistanceStatus status, String text, String verdict, String figures,
            String refusalReason, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE assistance_requests SET status = :status, answer_text = :text, verdict = :verdict,
                    figures = :figures, refusal_reason = :refusalReason, answered_by = :by, answered_at = :at
                WHERE case_number = :caseNumber""")
                .param("status", status.name()).param("text", text).param("verdict", verdict)
                .param("figures", figures).param("refusalReason", refusalReason).param("by", by).param("at", at)
                .param("caseNumber", caseNumber).update();
    }

    void supplementAsked(String caseNumber, String reason) {
        jdbc.sql("""
                UPDATE assistance_requests SET status = :status, supplements = supplements + 1,
                    supplement_reason = :reason WHERE case_number = :caseNumber""")
                .param("status", AssistanceStatus.SUPPLEMENT.name()).param("reason", reason)
                .param("caseNumber", caseNumber).update();
    }

    void closed(String caseNumber, AssistanceStatus status, String linkedDispute, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE assistance_requests SET status = :status, linked_dispute = :linkedDispute, closed_at = :at
                WHERE case_number = :caseNumber""")
                .param("status", status.name()).param("linkedDispute", linkedDispute).param("at", at)
                .param("caseNumber", caseNumber).update();
    }
}

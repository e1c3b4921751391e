package com.taxcollab.taxpaid;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code counter_checks} table: every question a counter asked, and the lead a 无记录 became. */
@Repository
class CounterCheckRepository {

    /** A check as a lead needs it. */
    record CounterCheck(String id, CheckSubject subject, String keysText, String result, String missing,
            String department, String jurisdiction, String leadCaseNumber) {
    }

    private final JdbcClient jdbc;

    CounterCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, CounterCheckQuestion question, String purpose, CheckAnswer answer, String department,
            String jurisdiction, String checkedBy, OffsetDateTime checkedAt) {
        jdbc.sql("""
                INSERT INTO counter_checks (id, subject, keys_text, purpose, result, missing, department,
                    jurisdiction, checked_by, checked_at)
                VALUES (:id, :subject, :keys, :purpose, :result, :missing, :department, :jurisdiction, :by, :at)""")
                .param("id", id).param("subject", question.subject().name()).param("keys", question.keys())
                .param("purpose", purpose).param("result", answer.result())
                .param("missing", answer.missing().isEmpty() ? null : String.join("、", answer.missing()))
                .param("department", department).param("jurisdiction", jurisdiction).param("by", checkedBy)
                .param("at", checkedAt).update();
    }

    /** The check, locked until the transaction ends: one lead per check, however often it is sent. */
    Optional<CounterCheck> lock(String id) {
        return jdbc.sql("""
                SELECT id, subject, keys_text, result, missing, department, jurisdiction, lead_case_number
                FROM counter_checks WHERE id = ? FOR UPDATE""").param(id)
                .query((rs, row) -> new CounterCheck(rs.getString("id"), CheckSubject.valueOf(rs.getString("subject")),
                        rs.getString("keys_text"), rs.getString("result"), rs.getString("missing"),
                        rs.getString("department"), rs.getString("jurisdiction"), rs.getString("lead_case_number")))
                .optional();
    }

    void lead(String id, String caseNumber) {
        jdbc.sql("UPDATE counter_checks SET lead_case_number = ? WHERE id = ?").params(caseNumber, id).update();
    }
}

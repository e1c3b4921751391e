package com.taxcollab.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code disputes}, {@code dispute_departments} and {@code dispute_confirmations} tables. */
@Repository
class DisputeRepository {

    private final JdbcTemplate jdbc;

    DisputeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM disputes WHERE case_number = ?", Integer.class,
                caseNumber) > 0;
    }

    void insert(String caseNumber, String jurisdiction, String matter, String description, String filedBy,
            OffsetDateTime filedAt, List<String> departments, String referredFrom) {
        jdbc.update("INSERT INTO disputes (case_number, jurisdiction, matter, description, filed_by, filed_at,"
                + " referred_from, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", caseNumber, jurisdiction, matter,
                description, filedBy, filedAt, referredFrom, DisputeOutcome.IN_NEGOTIATION.name());
        for (int i = 0; i < departments.size(); i++) {
            jdbc.update("INSERT INTO dispute_departments (case_number, position, department_id) VALUES (?, ?, ?)",
                    caseNumber, i, departments.get(i));
        }
    }

    List<String> departments(String caseNumber) {
        return jdbc.queryForList("SELECT department_id FROM dispute_departments WHERE case_number = ?"
                + " ORDER BY position", String.class, caseNumber);
    }

    void recordNegotiation(String caseNumber, String outcome, String agreementText, String by, OffsetDateTime at) {
        jdbc.update("UPDATE disputes SET negotiation_outcome = ?, agreement_text = ?, negotiated_by = ?,"
                + " negotiated_at = ? WHERE case_number = ?", outcome, agreementText, by, at, caseNumber);
    }

    void recordConfirmation(String caseNumber, String department, String answer, String reason, String by,
            OffsetDateTime at) {
        jdbc.update("INSERT INTO dispute_confirmations (case_number, department_id, answer, reason, answered_by,"
                + " answered_at) VALUES (?, ?, ?, ?, ?, ?)", caseNumber, department, answer, reason, by, at);
    }

    void recordEscalation(String caseNumber, String reason, OffsetDateTime at) {
        jdbc.update("UPDATE disputes SET escalation_reason = ?, escalated_at = ?, outcome = ? WHERE case_number = ?",
                reason, at, DisputeOutcome.AWAITING_GOVERNMENT.name(), caseNumber);
    }

    void recordReferral(String caseNumber, String cityCase, String by, OffsetDateTime at) {
        jdbc.update("UPDATE disputes SET referred_to = ?, referred_by = ?, referred_at = ?, outcome = ?"
                + " WHERE case_number = ?", cityCase, by, at, DisputeOutcome.REFERRED_TO_CITY.name(), caseNumber);
    }

    void recordDecision(String caseNumber, String text, String by, OffsetDateTime at, String level) {
        jdbc.update("UPDATE disputes SET decision_text = ?, decided_by = ?, decided_at = ?, decision_level = ?,"
                + " outcome = ? WHERE case_number = ?", text, by, at, level, DisputeOutcome.DECIDED.name(),
                caseNumber);
    }

    void close(String caseNumber, DisputeOutcome outcome, OffsetDateTime at) {
        jdbc.update("UPDATE disputes SET outcome = ?, closed_at = ? WHERE case_number = ?", outcome.name(), at,
                caseNumber);
    }

    Optional<Dispute> find(String caseNumber) {
        List<Dispute.Confirmation> confirmations = jdbc.query("SELECT department_id, answer, reason, answered_by,"
                + " answered_at FROM dispute_confirmations WHERE case_number = ? ORDER BY answered_at, id",
                (rs, row) -> new Dispute.Confirmation(rs.getString("department_id"), rs.getString("answer"),
                        rs.getString("reason"), rs.getString("answered_by"),
                        rs.getObject("answered_at", OffsetDateTime.class)), caseNumber);
        List<String> departments = departments(caseNumber);
        return jdbc.query("SELECT * FROM disputes WHERE case_number = ?",
                (rs, row) -> map(rs, departments, confirmations), caseNumber).stream().findFirst();
    }

    private static Dispute map(ResultSet rs, List<String> departments, List<Dispute.Confirmation> confirmations)
            throws SQLException {
        DisputeOutcome outcome = DisputeOutcome.valueOf(rs.getString("outcome"));
        return new Dispute(rs.getString("case_number"), rs.getString("jurisdiction"), rs.getString("matter"),
                rs.getString("description"), rs.getString("filed_by"), time(rs, "filed_at"), departments,
                rs.getString("referred_from"), rs.getString("referred_to"), rs.getString("negotiation_outcome"),
                rs.getString("agreement_text"), rs.getString("negotiated_by"), time(rs, "negotiated_at"),
                rs.getString("escalation_reason"), time(rs, "escalated_at"), rs.getString("decision_text"),
                rs.getString("decided_by"), time(rs, "decided_at"), rs.getString("decision_level"), outcome,
                outcome.label(), time(rs, "closed_at"), confirmations);
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}

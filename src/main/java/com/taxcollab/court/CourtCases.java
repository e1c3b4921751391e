package com.taxcollab.court;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code court_cases} and {@code court_case_events} tables. */
@Repository
class CourtCases {

    private static final String COLUMNS = "case_number, case_type, court_name, court_case_number, jurisdiction,"
            + " filed_by, channel, filed_at";

    private final JdbcTemplate jdbc;

    CourtCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with a {@code DuplicateKeyException} when the court already submitted this 案号 and type. */
    void insert(CourtCaseRecord record, String requestJson) {
        jdbc.update("INSERT INTO court_cases (" + COLUMNS + ", request_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                record.caseNumber(), record.type().caseType().name(), record.courtName(), record.courtCaseNumber(),
                record.jurisdiction(), record.filedBy(), record.channel(), record.filedAt(), requestJson);
    }

    Optional<CourtCaseRecord> find(String courtName, String courtCaseNumber, CourtCaseType type) {
        return jdbc.query("SELECT " + COLUMNS + " FROM court_cases WHERE court_name = ? AND court_case_number = ?"
                + " AND case_type = ?", CourtCases::map, courtName, courtCaseNumber, type.caseType().name())
                .stream().findFirst();
    }

    /** The submission as the court sent it (checked, normalised). */
    Optional<String> requestJson(String caseNumber) {
        return jdbc.queryForList("SELECT request_json FROM court_cases WHERE case_number = ?", String.class, caseNumber)
                .stream().findFirst();
    }

    Optional<CourtCaseRecord> find(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM court_cases WHERE case_number = ?", CourtCases::map, caseNumber)
                .stream().findFirst();
    }

    void recordEvent(String caseNumber, String eventKey, String eventType, String payloadJson, String reportedBy,
            OffsetDateTime at) {
        jdbc.update("INSERT INTO court_case_events (case_number, event_key, event_type, payload_json, reported_by,"
                + " reported_at) VALUES (?, ?, ?, ?, ?, ?)", caseNumber, eventKey, eventType, payloadJson, reportedBy, at);
    }

    boolean hasEvent(String caseNumber, String eventKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM court_case_events WHERE case_number = ? AND event_key = ?",
                Integer.class, caseNumber, eventKey) > 0;
    }

    /** Holds the case until this transaction ends: events for one case are delivered one at a time. */
    void lock(String caseNumber) {
        jdbc.queryForList("SELECT case_number FROM cases WHERE case_number = ? FOR UPDATE", String.class, caseNumber);
    }

    List<Map<String, Object>> events(String caseNumber) {
        return jdbc.query("SELECT event_type, reported_at FROM court_case_events WHERE case_number = ?"
                + " ORDER BY reported_at, id", (rs, row) -> Map.of("type", rs.getString("event_type"),
                        "reportedAt", rs.getObject("reported_at", OffsetDateTime.class)), caseNumber);
    }

    private static CourtCaseRecord map(ResultSet rs, int row) throws SQLException {
        return new CourtCaseRecord(rs.getString("case_number"),
                CourtCaseType.of(com.taxcollab.cases.CaseType.valueOf(rs.getString("case_type"))).orElseThrow(),
                rs.getString("court_name"), rs.getString("court_case_number"), rs.getString("jurisdiction"),
                rs.getString("filed_by"), rs.getString("channel"), rs.getObject("filed_at", OffsetDateTime.class));
    }
}

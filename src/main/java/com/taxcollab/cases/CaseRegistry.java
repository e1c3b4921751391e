package com.taxcollab.cases;

import com.taxcollab.system.validation.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code cases} table: one row per case, whatever its process. */
@Repository
public class CaseRegistry {

    private static final String COLUMNS = "case_number, case_type, jurisdiction, title, status, initiator,"
            + " created_at, closed_at, process_instance_id";

    private final JdbcTemplate jdbc;

    CaseRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseRecord record) {
        jdbc.update("INSERT INTO cases (" + COLUMNS + ", last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                record.caseNumber(), record.type().name(), record.jurisdiction(), record.title(),
                record.status().name(), record.initiator(), record.createdAt(), record.closedAt(),
                record.processInstanceId(), record.createdAt());
    }

    /** Something happened in the case: search lists it by this time. */
    void touch(String caseNumber, OffsetDateTime at) {
        jdbc.update("UPDATE cases SET last_activity_at = ? WHERE case_number = ?", at, caseNumber);
    }

    void attachProcessInstance(String caseNumber, String processInstanceId) {
        jdbc.update("UPDATE cases SET process_instance_id = ? WHERE case_number = ?", processInstanceId, caseNumber);
    }

    public void close(String caseNumber, CaseStatus status, OffsetDateTime closedAt) {
        jdbc.update("UPDATE cases SET status = ?, closed_at = ?, last_activity_at = ? WHERE case_number = ?",
                status.name(), closedAt, closedAt, caseNumber);
    }

    public Optional<CaseRecord> find(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM cases WHERE case_number = ?", CaseRegistry::map, caseNumber)
                .stream().findFirst();
    }

    /** The cases this user opened, the newest first. */
    public List<CaseRecord> openedBy(String userId, int limit) {
        return openedBy(userId, null, limit);
    }

    /** 我发起的, narrowed (when {@code text} is given) to case numbers or titles containing it. */
    public List<CaseRecord> openedBy(String userId, String text, int limit) {
        if (text == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM cases WHERE initiator = ? ORDER BY created_at DESC LIMIT ?",
                    CaseRegistry::map, userId, limit);
        }
        String like = Texts.containing(text);
        return jdbc.query("SELECT " + COLUMNS + " FROM cases WHERE initiator = ?"
                + " AND (case_number LIKE ? OR title LIKE ?) ORDER BY created_at DESC LIMIT ?", CaseRegistry::map, userId, like, like, limit);
    }

    /** Numbers of open cases of these jurisdictions whose title contains the text (a 待办 search by title). */
    public List<String> openWithTitleContaining(String text, List<String> jurisdictions, int limit) {
        return withTitleContaining(text, jurisdictions, true, limit);
    }

    /** Numbers of the cases of these jurisdictions, open or closed, whose title contains the text (已办). */
    public List<String> withTitleContaining(String text, List<String> jurisdictions, int limit) {
        return withTitleContaining(text, jurisdictions, false, limit);
    }

    private List<String> withTitleContaining(String text, List<String> jurisdictions, boolean openOnly, int limit) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(jurisdictions.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(List.of(Texts.containing(text)));
        args.addAll(jurisdictions);
        args.add(limit);
        return jdbc.queryForList("SELECT case_number FROM cases WHERE title LIKE ?"
                + (openOnly ? " AND status = 'OPEN'" : "") + " AND jurisdiction IN (" + in + ")"
                + " ORDER BY created_at DESC LIMIT ?", String.class, args.toArray());
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(rs.getString("case_number"), CaseType.valueOf(rs.getString("case_type")),
                rs.getString("jurisdiction"), rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("initiator"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("process_instance_id"));
    }
}

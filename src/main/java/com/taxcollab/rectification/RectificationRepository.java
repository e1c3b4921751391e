package com.taxcollab.rectification;

import com.taxcollab.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The batches, items and accountability records of rectification tracking. */
@Repository
class RectificationRepository {

    private static final String ITEM_COLUMNS = "id, case_number, problem, department, jurisdiction, due_date, light,"
            + " status, pending_due_date, reported_at, closed_at";

    private final JdbcTemplate jdbc;

    RectificationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertBatch(String caseNumber, String title, String jurisdiction, String initiator, OffsetDateTime at) {
        jdbc.update("INSERT INTO rectification_batches (case_number, title, jurisdiction, initiator, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", caseNumber, title, jurisdiction, initiator, at);
    }

    long insertItem(String caseNumber, int position, ValidItem item, Light light) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO rectification_items (case_number, position, problem,"
                    + " requirement, department, jurisdiction, person_name, person_id_number, due_date, light, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, caseNumber);
            s.setInt(2, position);
            s.setString(3, item.problem());
            s.setString(4, item.requirement());
            s.setString(5, item.department());
            s.setString(6, item.jurisdiction());
            s.setString(7, item.personName());
            s.setString(8, item.personIdNumber());
            s.setObject(9, item.dueDate());
            s.setString(10, light.name());
            s.setString(11, ItemStatus.OPEN.name());
            return s;
        }, key);
        return key.getKey().longValue();
    }

    List<Long> idsOf(String caseNumber) {
        return jdbc.queryForList("SELECT id FROM rectification_items WHERE case_number = ? ORDER BY position",
                Long.class, caseNumber);
    }

    ItemRow item(long id) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM rectification_items WHERE id = ?",
                RectificationRepository::map, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("整改事项不存在：" + id));
    }

    List<ItemRow> items(String caseNumber) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM rectification_items WHERE case_number = ? ORDER BY position",
                RectificationRepository::map, caseNumber);
    }

    Optional<String> batchTitle(String caseNumber) {
        return jdbc.queryForList("SELECT title FROM rectification_batches WHERE case_number = ?", String.class,
                caseNumber).stream().findFirst();
    }

    void startWork(long id, Light light) {
        jdbc.update("UPDATE rectification_items SET status = ?, light = ?, reported_at = NULL, pending_due_date = NULL,"
                + " pending_reason = NULL WHERE id = ?", ItemStatus.OPEN.name(), light.name(), id);
    }

    /** Lights only get worse while the due date stands: a late yellow timer never turns a red item yellow. */
    void worsenLight(long id, Light light) {
        List<Object> args = new java.util.ArrayList<>(List.of(light.name(), id, ItemStatus.CLOSED.name()));
        StringBuilder milder = new StringBuilder();
        for (Light l : Light.values()) {
            if (l.ordinal() < light.ordinal()) {
                milder.append(milder.isEmpty() ? "?" : ", ?");
                args.add(l.name());
            }
        }
        if (!milder.isEmpty()) {
            jdbc.update("UPDATE rectification_items SET light = ? WHERE id = ? AND status <> ? AND light IN (" + milder
                    + ")", args.toArray());
        }
    }

    void requestExtension(long id, LocalDate date, String reason) {
        jdbc.update("UPDATE rectification_items SET status = ?, pending_due_date = ?, pending_reason = ? WHERE id = ?",
                ItemStatus.EXTENSION_REQUESTED.name(), date, reason, id);
    }

    void extend(long id, LocalDate due, String comment) {
        jdbc.update("UPDATE rectification_items SET due_date = ?, extension_count = extension_count + 1,"
                + " last_comment = ? WHERE id = ?", due, comment, id);
    }

    void rejectExtension(long id, String comment) {
        jdbc.update("UPDATE rectification_items SET status = ?, pending_due_date = NULL, pending_reason = NULL,"
                + " last_comment = ? WHERE id = ?", ItemStatus.OPEN.name(), comment, id);
    }

    void report(long id, String report, OffsetDateTime at) {
        jdbc.update("UPDATE rectification_items SET status = ?, report = ?, reported_at = ? WHERE id = ?",
                ItemStatus.REPORTED.name(), report, at, id);
    }

    void returnItem(long id, LocalDate due, String comment) {
        jdbc.update("UPDATE rectification_items SET due_date = ?, return_count = return_count + 1, last_comment = ?"
                + " WHERE id = ?", due, comment, id);
    }

    void close(long id, String comment, OffsetDateTime at, int overdueDays) {
        jdbc.update("UPDATE rectification_items SET status = ?, closed_at = ?, overdue_days_at_close = ?,"
                + " last_comment = COALESCE(?, last_comment) WHERE id = ?", ItemStatus.CLOSED.name(), at, overdueDays,
                comment, id);
    }

    void escalated(long id, OffsetDateTime at) {
        jdbc.update("UPDATE rectification_items SET escalated_at = ? WHERE id = ?", at, id);
    }

    void insertAccountability(ItemRow item, int overdueDays, LocalDate on, OffsetDateTime at) {
        jdbc.update("INSERT INTO rectification_accountability (item_id, case_number, department, jurisdiction,"
                + " overdue_days, recorded_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", item.id(),
                item.caseNumber(), item.department(), item.jurisdiction(), overdueDays, on, at);
    }

    void closeBatch(String caseNumber, OffsetDateTime at) {
        jdbc.update("UPDATE rectification_batches SET closed_at = ? WHERE case_number = ?", at, caseNumber);
    }

    /** counts for the closing summary: items, closed late, extensions, returns */
    int[] batchFigures(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*), SUM(CASE WHEN overdue_days_at_close > 0 OR closed_at IS NULL"
                + " THEN 1 ELSE 0 END), SUM(extension_count), SUM(return_count) FROM rectification_items"
                + " WHERE case_number = ?", (rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4)}, caseNumber);
    }

    private static ItemRow map(ResultSet rs, int row) throws SQLException {
        return new ItemRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("problem"),
                rs.getString("department"), rs.getString("jurisdiction"), rs.getObject("due_date", LocalDate.class),
                Light.valueOf(rs.getString("light")), ItemStatus.valueOf(rs.getString("status")),
                rs.getObject("pending_due_date", LocalDate.class), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}

package com.taxcollab.notification;

import com.taxcollab.notification.StoredNotification.EmailStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code notifications} table. Every read for a user names the user, so nobody reads another's. */
@Repository
class NotificationRepository {

    private static final String COLUMNS = "id, recipient, event, title, body, case_number, case_url, task_id,"
            + " task_name, task_url, due_at, created_at, read_at, email_status, email_to, email_job_id, email_sent_at";

    private final JdbcTemplate jdbc;

    NotificationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredNotification n) {
        jdbc.update("INSERT INTO notifications (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.recipient(), n.event().name(), n.title(), n.body(), n.caseNumber(), n.caseUrl(),
                n.taskId(), n.taskName(), n.taskUrl(), n.dueAt(), n.createdAt(), n.readAt(), n.emailStatus().name(),
                n.emailTo(), n.emailJobId(), n.emailSentAt());
    }

    Optional<StoredNotification> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notifications WHERE id = ?", NotificationRepository::map, id)
                .stream().findFirst();
    }

    List<StoredNotification> forRecipient(String recipient, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notifications WHERE recipient = ?"
                + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                NotificationRepository::map, recipient, offset, limit);
    }

    long countFor(String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE recipient = ?", Long.class, recipient);
    }

    long unreadFor(String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE recipient = ? AND read_at IS NULL",
                Long.class, recipient);
    }

    /** Marks one of the recipient's own messages read; false when they have no such message. */
    boolean markRead(String id, String recipient, OffsetDateTime at) {
        int own = jdbc.update("UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient = ?",
                at, id, recipient);
        return own == 1;
    }

    int markAllRead(String recipient, OffsetDateTime at) {
        return jdbc.update("UPDATE notifications SET read_at = ? WHERE recipient = ? AND read_at IS NULL",
                at, recipient);
    }

    void markSent(String id, OffsetDateTime at) {
        jdbc.update("UPDATE notifications SET email_status = ?, email_sent_at = ? WHERE id = ?",
                EmailStatus.SENT.name(), at, id);
    }

    /** The e-mail side of the table, newest first, for the administrators' outbox page. */
    List<StoredNotification> outbox(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notifications WHERE email_status <> ?"
                + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                NotificationRepository::map, EmailStatus.NONE.name(), limit);
    }

    private static StoredNotification map(ResultSet rs, int row) throws SQLException {
        return new StoredNotification(rs.getString("id"), rs.getString("recipient"),
                NotificationEvent.valueOf(rs.getString("event")), rs.getString("title"), rs.getString("body"),
                rs.getString("case_number"), rs.getString("case_url"), rs.getString("task_id"),
                rs.getString("task_name"), rs.getString("task_url"), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class),
                EmailStatus.valueOf(rs.getString("email_status")), rs.getString("email_to"),
                rs.getString("email_job_id"), rs.getObject("email_sent_at", OffsetDateTime.class));
    }
}

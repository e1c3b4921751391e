package com.taxcollab.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_records} table: one row per user task of a case. */
@Repository
class TaskRecords {

    static final String COMPLETED = "COMPLETED";
    static final String CANCELLED = "CANCELLED";

    private final JdbcClient jdbc;

    TaskRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void created(String taskId, String caseNumber, String taskKey, String taskName, String department,
            String jurisdiction, OffsetDateTime createdAt, OffsetDateTime dueAt) {
        jdbc.sql("""
                INSERT INTO task_records (task_id, case_number, task_key, task_name, department, jurisdiction,
                    created_at, due_at)
                VALUES (:taskId, :caseNumber, :taskKey, :taskName, :department, :jurisdiction, :createdAt, :dueAt)""")
                .param("taskId", taskId).param("caseNumber", caseNumber).param("taskKey", taskKey)
                .param("taskName", taskName).param("department", department).param("jurisdiction", jurisdiction)
                .param("createdAt", createdAt).param("dueAt", dueAt).update();
    }

    void ended(String taskId, String how, OffsetDateTime endedAt, OffsetDateTime dueAt) {
        jdbc.sql("""
                UPDATE task_records SET ended_at = :endedAt, ended_how = :how, due_at = COALESCE(:dueAt, due_at)
                WHERE task_id = :taskId AND ended_at IS NULL""")
                .param("endedAt", endedAt).param("how", how).param("dueAt", dueAt).param("taskId", taskId)
                .update();
    }

    /** A task as the assessment reads it. */
    record Row(String taskId, String caseNumber, String caseType, String taskName, String department,
            OffsetDateTime createdAt, OffsetDateTime dueAt, OffsetDateTime endedAt, String endedHow) {
    }

    /** The tasks of the jurisdictions that came in the period, ended in it, or are still open. */
    List<Row> relevant(List<String> jurisdictions, OffsetDateTime from, OffsetDateTime until) {
        return jdbc.sql("""
                SELECT t.task_id, t.case_number, c.case_type, t.task_name, t.department, t.created_at, t.due_at,
                    t.ended_at, t.ended_how
                FROM task_records t JOIN cases c ON c.case_number = t.case_number
                WHERE t.jurisdiction IN (:jurisdictions) AND t.department IS NOT NULL
                  AND ((t.created_at >= :from AND t.created_at < :until)
                    OR (t.ended_at >= :from AND t.ended_at < :until)
                    OR (t.ended_at IS NULL AND t.created_at < :until))""")
                .param("jurisdictions", jurisdictions).param("from", from).param("until", until)
                .query(Row.class).list();
    }
}

package com.taxcollab.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_drafts} table: each officer's 暂存 answers of a task's form. */
@Repository
class TaskDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Draft(Map<String, Object> answers, OffsetDateTime savedAt) {
    }

    /** Replaces the user's draft of the task; saved twice at once, the later one stays. */
    OffsetDateTime save(String taskId, String userId, Map<String, Object> answers) {
        String json = write(answers);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE task_drafts SET answers = ?, saved_at = ? WHERE task_id = ? AND user_id = ?")
                .params(json, now, taskId, userId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO task_drafts (task_id, user_id, answers, saved_at) VALUES (?, ?, ?, ?)")
                        .params(taskId, userId, json, now).update();
            } catch (org.springframework.dao.DuplicateKeyException savedMeanwhile) {
                jdbc.sql("UPDATE task_drafts SET answers = ?, saved_at = ? WHERE task_id = ? AND user_id = ?")
                        .params(json, now, taskId, userId).update();
            }
        }
        return now;
    }

    Optional<Draft> find(String taskId, String userId) {
        return jdbc.sql("SELECT answers, saved_at FROM task_drafts WHERE task_id = ? AND user_id = ?")
                .params(taskId, userId)
                .query((rs, n) -> new Draft(read(rs.getString("answers")), rs.getObject("saved_at",
                        OffsetDateTime.class)))
                .optional();
    }

    /** Every officer's draft of a task that has ended. */
    void discard(String taskId) {
        jdbc.sql("DELETE FROM task_drafts WHERE task_id = ?").param(taskId).update();
    }

    private static String write(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not valid JSON", e);
        }
    }
}

package com.taxcollab.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code task_decisions} table: what each completed task decided, for 已办 and the case's timeline. */
@Repository
public class TaskDecisions {

    private static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;

    TaskDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String taskId, String decision) {
        if (decision == null) {
            return;
        }
        String kept = decision.length() > MAX_LENGTH ? decision.substring(0, MAX_LENGTH) : decision;
        jdbc.sql("INSERT INTO task_decisions (task_id, decision) VALUES (?, ?)").params(taskId, kept).update();
    }

    public Map<String, String> of(Collection<String> taskIds) {
        Map<String, String> decisions = new HashMap<>();
        if (taskIds.isEmpty()) {
            return decisions;
        }
        jdbc.sql("SELECT task_id, decision FROM task_decisions WHERE task_id IN (:ids)").param("ids", taskIds)
                .query(rs -> {
                    decisions.put(rs.getString("task_id"), rs.getString("decision"));
                });
        return decisions;
    }
}

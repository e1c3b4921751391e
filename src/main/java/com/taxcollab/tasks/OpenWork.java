package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code open_work} read model of 待办: written by {@link OpenWorkPlugin} as tasks are created,
 * assigned, changed and ended, read by {@link TaskLists} with the one definition of who may work a task.
 */
@Repository
class OpenWork {

    private final JdbcClient jdbc;

    OpenWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task as the read model keeps it. */
    record Row(String taskId, String caseNumber, String processKey, String taskName, String jurisdiction,
            String assignee, Date created, Date due, Collection<? extends IdentityLink> links) {
    }

    void put(Row row) {
        remove(row.taskId());
        jdbc.sql("INSERT INTO open_work (task_id, case_number, process_key, task_name, jurisdiction, assignee,"
                + " created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.taskId(), row.caseNumber(), row.processKey(), row.taskName(), row.jurisdiction(),
                        row.assignee(), time(row.created()), time(row.due())).update();
        for (IdentityLink link : row.links()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                jdbc.sql("INSERT INTO open_work_candidates (task_id, group_id, user_id) VALUES (?, ?, ?)")
                        .params(row.taskId(), link.getGroupId(), link.getUserId()).update();
            }
        }
        reach(row.taskId());
    }

    void assign(String taskId, String assignee) {
        if (jdbc.sql("UPDATE open_work SET assignee = ? WHERE task_id = ?").params(assignee, taskId).update() > 0) {
            reach(taskId);
        }
    }

    /** The task's parties again: its assignee once assigned, else its candidate users and departments. */
    private void reach(String taskId) {
        jdbc.sql("DELETE FROM open_work_parties WHERE task_id = ?").param(taskId).update();
        jdbc.sql("""
                INSERT INTO open_work_parties (task_id, party, jurisdiction, case_number, process_key, task_name,
                    created_at, due_at)
                SELECT w.task_id, 'u:' || w.assignee, w.jurisdiction, w.case_number, w.process_key, w.task_name,
                       w.created_at, w.due_at
                  FROM open_work w WHERE w.task_id = ? AND w.assignee IS NOT NULL
                UNION
                SELECT w.task_id, CASE WHEN c.group_id IS NOT NULL THEN 'g:' || c.group_id ELSE 'u:' || c.user_id END,
                       w.jurisdiction, w.case_number, w.process_key, w.task_name, w.created_at, w.due_at
                  FROM open_work w JOIN open_work_candidates c ON c.task_id = w.task_id
                 WHERE w.task_id = ? AND w.assignee IS NULL""").params(taskId, taskId).update();
    }

    static String user(String userId) {
        return "u:" + userId;
    }

    static String department(String groupId) {
        return "g:" + groupId;
    }

    void remove(String taskId) {
        jdbc.sql("DELETE FROM open_work WHERE task_id = ?").param(taskId).update();
    }

    long size() {
        return jdbc.sql("SELECT count(*) FROM open_work").query(Long.class).single();
    }

    void clear() {
        jdbc.sql("DELETE FROM open_work").update();
    }

    /** The ids of one page of the user's 待办 in the query's order. */
    List<String> page(OpenWorkQuery query, int offset, int size) {
        return page(query, TodoSort.DUE, offset, size);
    }

    List<String> page(OpenWorkQuery query, TodoSort sort, int offset, int size) {
        if (sort == TodoSort.DUE) {
            return pageByDueDate(query, offset, size);
        }
        List<Object> args = new ArrayList<>(query.args());
        args.add(size);
        args.add(offset);
        return jdbc.sql("SELECT DISTINCT p.task_id, p.due_at, p.created_at, p.case_number FROM open_work_parties p"
                + " WHERE " + query.where() + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?")
                .params(args).query((rs, n) -> rs.getString("task_id")).list();
    }

    /**
     * The default order, flat however much open work the city has: each party in each jurisdiction is an
     * index range already in due-date order, so each gives at most the rows the page needs and the
     * database merges them; a task reaching the user twice (as a member and by name) counts once.
     */
    private List<String> pageByDueDate(OpenWorkQuery query, int offset, int size) {
        List<Object> args = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (OpenWorkQuery.Reach reach : query.reaches()) {
            ranges.add("(SELECT p.task_id, p.due_at, p.created_at FROM open_work_parties p WHERE " + reach.where()
                    + " ORDER BY " + TodoSort.DUE.orderBy() + " LIMIT ?)");
            args.addAll(reach.args());
            args.add(offset + size);
        }
        args.add(size);
        args.add(offset);
        return jdbc.sql("SELECT p.task_id FROM (" + String.join(" UNION ALL ", ranges) + ") p"
                + " GROUP BY p.task_id, p.due_at, p.created_at ORDER BY " + TodoSort.DUE.orderBy()
                + " LIMIT ? OFFSET ?").params(args).query((rs, n) -> rs.getString("task_id")).list();
    }

    /** How many of the query's tasks are overdue, nearly due, in time and without a due date, in one read. */
    Map<DueLight, Long> lightCounts(OpenWorkQuery query, OffsetDateTime now, OffsetDateTime yellowFrom) {
        List<Object> args = new ArrayList<>(List.of(now, now, yellowFrom, yellowFrom));
        args.addAll(query.args());
        return jdbc.sql("SELECT count(DISTINCT CASE WHEN p.due_at < ? THEN p.task_id END) AS red,"
                + " count(DISTINCT CASE WHEN p.due_at >= ? AND p.due_at < ? THEN p.task_id END) AS yellow,"
                + " count(DISTINCT CASE WHEN p.due_at >= ? THEN p.task_id END) AS green,"
                + " count(DISTINCT CASE WHEN p.due_at IS NULL THEN p.task_id END) AS none"
                + " FROM open_work_parties p WHERE " + query.where()).params(args).query((rs, n) -> {
                    Map<DueLight, Long> counts = new EnumMap<>(DueLight.class);
                    counts.put(DueLight.RED, rs.getLong("red"));
                    counts.put(DueLight.YELLOW, rs.getLong("yellow"));
                    counts.put(DueLight.GREEN, rs.getLong("green"));
                    counts.put(DueLight.NONE, rs.getLong("none"));
                    return counts;
                }).single();
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}

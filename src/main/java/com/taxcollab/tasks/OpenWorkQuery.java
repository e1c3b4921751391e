package com.taxcollab.tasks;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who may work a task, as SQL over {@code open_work}: in one of the user's jurisdictions, and assigned to
 * the user (or to a colleague they stand in for), or unassigned and offered to the user or one of their
 * departments — the engine's own rule for its task query — then narrowed by the 待办 filter.
 */
final class OpenWorkQuery {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private OpenWorkQuery() {
    }

    static OpenWorkQuery of(String userId, List<String> departments, List<String> jurisdictions,
            List<String> principals) {
        OpenWorkQuery query = new OpenWorkQuery();
        List<String> assignees = new ArrayList<>(List.of(userId));
        assignees.addAll(principals);
        query.where.append("w.jurisdiction IN ").append(marks(jurisdictions.size()));
        query.args.addAll(jurisdictions);
        query.where.append(" AND (w.assignee IN ").append(marks(assignees.size()));
        query.args.addAll(assignees);
        query.where.append(" OR (w.assignee IS NULL AND EXISTS (SELECT 1 FROM open_work_candidates c"
                + " WHERE c.task_id = w.task_id AND (c.user_id = ?");
        query.args.add(userId);
        if (!departments.isEmpty()) {
            query.where.append(" OR c.group_id IN ").append(marks(departments.size()));
            query.args.addAll(departments);
        }
        query.where.append("))))");
        return query;
    }

    OpenWorkQuery processKey(String key) {
        where.append(" AND w.process_key = ?");
        args.add(key);
        return this;
    }

    /** In the case number or the task's name, or a case among those whose title matched. */
    OpenWorkQuery text(String like, List<String> titledCases) {
        where.append(" AND (w.case_number LIKE ? OR w.task_name LIKE ?");
        args.add(like);
        args.add(like);
        if (!titledCases.isEmpty()) {
            where.append(" OR w.case_number IN ").append(marks(titledCases.size()));
            args.addAll(titledCases);
        }
        where.append(')');
        return this;
    }

    OpenWorkQuery dueFrom(OffsetDateTime from) {
        where.append(" AND w.due_at >= ?");
        args.add(from);
        return this;
    }

    OpenWorkQuery dueBefore(OffsetDateTime before) {
        where.append(" AND w.due_at < ?");
        args.add(before);
        return this;
    }

    OpenWorkQuery withoutDueDate() {
        where.append(" AND w.due_at IS NULL");
        return this;
    }

    String where() {
        return where.toString();
    }

    List<Object> args() {
        return Collections.unmodifiableList(args);
    }

    private static String marks(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}

package com.taxcollab.tasks;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who may work a task, as SQL over {@code open_work_parties}: in one of the user's jurisdictions, and assigned to
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
        List<String> parties = new ArrayList<>();
        parties.add(OpenWork.user(userId));
        principals.forEach(principal -> parties.add(OpenWork.user(principal)));
        departments.forEach(department -> parties.add(OpenWork.department(department)));
        // a principal's tasks reach the substitute once assigned; offered ones reach them as a colleague
        query.where.append("p.party IN ").append(marks(parties.size())).append(" AND p.jurisdiction IN ")
                .append(marks(jurisdictions.size()));
        query.args.addAll(parties);
        query.args.addAll(jurisdictions);
        return query;
    }

    /** Offered to this department (and perhaps claimed since). */
    OpenWorkQuery department(String groupId) {
        where.append(" AND p.task_id IN (SELECT c.task_id FROM open_work_candidates c WHERE c.group_id = ?)");
        args.add(groupId);
        return this;
    }

    OpenWorkQuery processKey(String key) {
        where.append(" AND p.process_key = ?");
        args.add(key);
        return this;
    }

    /** In the case number or the task's name, or a case among those whose title matched. */
    OpenWorkQuery text(String like, List<String> titledCases) {
        where.append(" AND (p.case_number LIKE ? OR p.task_name LIKE ?");
        args.add(like);
        args.add(like);
        if (!titledCases.isEmpty()) {
            where.append(" OR p.case_number IN ").append(marks(titledCases.size()));
            args.addAll(titledCases);
        }
        where.append(')');
        return this;
    }

    OpenWorkQuery dueFrom(OffsetDateTime from) {
        where.append(" AND p.due_at >= ?");
        args.add(from);
        return this;
    }

    OpenWorkQuery dueBefore(OffsetDateTime before) {
        where.append(" AND p.due_at < ?");
        args.add(before);
        return this;
    }

    OpenWorkQuery withoutDueDate() {
        where.append(" AND p.due_at IS NULL");
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

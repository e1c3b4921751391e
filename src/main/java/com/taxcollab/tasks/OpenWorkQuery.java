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
    private final List<String> parties = new ArrayList<>();
    private final List<String> jurisdictions = new ArrayList<>();
    /** What narrows the reach: the 待办 filter, in the same order as in {@code where}. */
    private final StringBuilder narrowing = new StringBuilder();
    private final List<Object> narrowingArgs = new ArrayList<>();

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
        query.parties.addAll(parties);
        query.jurisdictions.addAll(jurisdictions);
        return query;
    }

    /** One party in one jurisdiction with the same narrowing: an index range of its own, in due-date order. */
    record Reach(String where, List<Object> args) {
    }

    List<Reach> reaches() {
        List<Reach> all = new ArrayList<>();
        for (String party : parties) {
            for (String jurisdiction : jurisdictions) {
                List<Object> reachArgs = new ArrayList<>(List.of(party, jurisdiction));
                reachArgs.addAll(narrowingArgs);
                all.add(new Reach("p.party = ? AND p.jurisdiction = ?" + narrowing, reachArgs));
            }
        }
        return all;
    }

    private OpenWorkQuery narrow(String condition, List<Object> values) {
        where.append(condition);
        args.addAll(values);
        narrowing.append(condition);
        narrowingArgs.addAll(values);
        return this;
    }

    /** Offered to this department (and perhaps claimed since). */
    OpenWorkQuery department(String groupId) {
        return narrow(" AND p.task_id IN (SELECT c.task_id FROM open_work_candidates c WHERE c.group_id = ?)",
                List.of(groupId));
    }

    OpenWorkQuery processKey(String key) {
        return narrow(" AND p.process_key = ?", List.of(key));
    }

    /** In the case number or the task's name, or a case among those whose title matched. */
    OpenWorkQuery text(String like, List<String> titledCases) {
        List<Object> values = new ArrayList<>(List.of(like, like));
        values.addAll(titledCases);
        return narrow(" AND (p.case_number LIKE ? OR p.task_name LIKE ?"
                + (titledCases.isEmpty() ? "" : " OR p.case_number IN " + marks(titledCases.size())) + ")", values);
    }

    OpenWorkQuery dueFrom(OffsetDateTime from) {
        return narrow(" AND p.due_at >= ?", List.of(from));
    }

    OpenWorkQuery dueBefore(OffsetDateTime before) {
        return narrow(" AND p.due_at < ?", List.of(before));
    }

    OpenWorkQuery withoutDueDate() {
        return narrow(" AND p.due_at IS NULL", List.of());
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

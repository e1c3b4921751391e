package com.taxcollab.rectification;

import com.taxcollab.cases.Masking;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * The ledger (整改台账): items filtered on indexed columns, narrowed to what the caller may see,
 * one query per page joined with the batch's title (no query per row).
 */
@Service
public class ItemLedger {

    static final int MAX_PAGE_SIZE = 200;
    /** Counting stops here: past it the ledger says "more than 10,000" instead of scanning every match. */
    static final int COUNT_LIMIT = 10_000;
    private static final String SELECT = "SELECT i.id, i.case_number, b.title, i.position, i.problem, i.requirement,"
            + " i.department, i.jurisdiction, i.person_name, i.person_id_number, i.due_date, i.light, i.status,"
            + " i.extension_count, i.return_count, i.escalated_at, i.reported_at, i.closed_at, i.overdue_days_at_close,"
            + " (SELECT COUNT(*) FROM rectification_evidence e WHERE e.item_id = i.id) AS evidence"
            + " FROM rectification_items i JOIN rectification_batches b ON b.case_number = i.case_number";

    private final JdbcTemplate jdbc;
    private final Organisation organisation;
    private final RectificationItems items;
    private final Clock clock;

    ItemLedger(JdbcTemplate jdbc, Organisation organisation, RectificationItems items, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.items = items;
        this.clock = clock;
    }

    /** {@code total} is exact unless {@code totalCapped}: then there are more than {@link #COUNT_LIMIT} matches. */
    public record Page(long total, boolean totalCapped, int page, int size, List<LedgerItem> items) {
    }

    Page search(CurrentUser user, LedgerFilter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(user, filter, args);
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(COUNT_LIMIT + 1);
        long counted = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM rectification_items i WHERE " + where
                + " FETCH FIRST ? ROWS ONLY) matches", Long.class, countArgs.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add((long) page * size);
        pageArgs.add(size);
        Instant now = clock.instant();
        List<LedgerItem> rows = jdbc.query(SELECT + " WHERE " + where + " ORDER BY i.due_date, i.id"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", (rs, n) -> map(rs, now), pageArgs.toArray());
        return new Page(Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, page, size, rows);
    }

    /** Every matching item, streamed in ledger order, for the export. */
    void each(CurrentUser user, LedgerFilter filter, int limit, Consumer<LedgerItem> consumer) {
        List<Object> args = new ArrayList<>();
        String where = where(user, filter, args);
        args.add(limit);
        Instant now = clock.instant();
        jdbc.query(SELECT + " WHERE " + where + " ORDER BY i.due_date, i.id FETCH FIRST ? ROWS ONLY",
                (RowCallbackHandler) rs -> consumer.accept(map(rs, now)), args.toArray());
    }

    private static String where(CurrentUser user, LedgerFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(ItemVisibility.condition(user, args));
        add(where, args, "i.light = ?", filter.light() == null ? null : filter.light().name());
        add(where, args, "i.status = ?", filter.status() == null ? null : filter.status().name());
        add(where, args, "i.department = ?", filter.department());
        add(where, args, "i.jurisdiction = ?", filter.jurisdiction());
        add(where, args, "i.case_number = ?", filter.batch());
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private LedgerItem map(ResultSet rs, Instant now) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        OffsetDateTime reported = rs.getObject("reported_at", OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        Light light = Light.valueOf(rs.getString("light"));
        ItemStatus status = ItemStatus.valueOf(rs.getString("status"));
        int overdue = closed != null ? rs.getInt("overdue_days_at_close")
                : items.overdueDays(due, reported != null ? reported.toInstant() : now);
        String department = rs.getString("department");
        String jurisdiction = rs.getString("jurisdiction");
        return new LedgerItem(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                rs.getInt("position"), rs.getString("problem"), rs.getString("requirement"), department,
                organisation.departmentName(department).orElse(department), jurisdiction,
                organisation.jurisdictionName(jurisdiction).orElse(jurisdiction), rs.getString("person_name"),
                Masking.idNumber(rs.getString("person_id_number")), due, light, light.label(), status,
                status.label(), overdue, rs.getInt("extension_count"), rs.getInt("return_count"),
                rs.getObject("escalated_at") != null, rs.getInt("evidence"), closed);
    }
}

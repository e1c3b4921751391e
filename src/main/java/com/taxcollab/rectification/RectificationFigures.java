package com.taxcollab.rectification;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The supervisors' dashboard figures over the items of some jurisdictions: one grouped query each. */
@Service
public class RectificationFigures {

    /** Written out, not bound: PostgreSQL uses the partial index of open items only for this very text. */
    static final String OPEN = "i.status <> 'CLOSED'";

    private final JdbcTemplate jdbc;
    private final Organisation organisation;
    private final RectificationItems items;
    private final Clock clock;

    RectificationFigures(JdbcTemplate jdbc, Organisation organisation, RectificationItems items, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.items = items;
        this.clock = clock;
    }

    public record DepartmentCount(String department, String name, long count) {
    }

    public record ClosureRate(String department, String name, long closed, long onTime, double rate) {
    }

    public record RedItem(long id, String caseNumber, String problem, String department, String departmentName,
            String jurisdictionName, LocalDate dueDate, int overdueWorkingDays, boolean escalated) {
    }

    /** Open items by light. */
    public Map<Light, Long> lights(List<String> jurisdictions) {
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            counts.put(light, 0L);
        }
        if (jurisdictions.isEmpty()) {
            return counts;
        }
        List<Object> args = new ArrayList<>();
        String in = ItemVisibility.placeholders(jurisdictions, args);
        jdbc.query("SELECT light, COUNT(*) FROM rectification_items i WHERE i.jurisdiction IN (" + in + ")"
                + " AND " + OPEN + " GROUP BY light", rs -> {
                    counts.put(Light.valueOf(rs.getString(1)), rs.getLong(2));
                }, args.toArray());
        return counts;
    }

    /** Open red items per department, most first. */
    public List<DepartmentCount> overdueByDepartment(List<String> jurisdictions) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String in = ItemVisibility.placeholders(jurisdictions, args);
        args.add(Light.RED.name());
        return jdbc.query("SELECT department, COUNT(*) AS n FROM rectification_items i WHERE i.jurisdiction IN (" + in
                + ") AND i.light = ? AND " + OPEN + " GROUP BY department ORDER BY n DESC, department",
                (rs, row) -> new DepartmentCount(rs.getString(1), name(rs.getString(1)), rs.getLong(2)),
                args.toArray());
    }

    /** 按期办结率: of the items closed in [from, to] (Beijing dates), the share the unit reported in time. */
    public List<ClosureRate> closureRates(List<String> jurisdictions, LocalDate from, LocalDate to) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String in = ItemVisibility.placeholders(jurisdictions, args);
        args.add(ItemStatus.CLOSED.name());
        args.add(from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
        args.add(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
        return jdbc.query("SELECT department, COUNT(*), SUM(CASE WHEN overdue_days_at_close = 0 THEN 1 ELSE 0 END)"
                + " FROM rectification_items i WHERE i.jurisdiction IN (" + in + ") AND i.status = ?"
                + " AND i.closed_at >= ? AND i.closed_at < ? GROUP BY department ORDER BY department",
                (rs, row) -> new ClosureRate(rs.getString(1), name(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(2) == 0 ? 0 : Math.round(1000.0 * rs.getLong(3) / rs.getLong(2)) / 1000.0),
                args.toArray());
    }

    /** Open red items, longest overdue first. */
    public List<RedItem> redList(List<String> jurisdictions, int limit) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String in = ItemVisibility.placeholders(jurisdictions, args);
        args.add(Light.RED.name());
        args.add(limit);
        var now = OffsetDateTime.now(clock).toInstant();
        return jdbc.query("SELECT id, case_number, problem, department, jurisdiction, due_date, reported_at,"
                + " escalated_at FROM rectification_items i WHERE i.jurisdiction IN (" + in + ") AND i.light = ?"
                + " AND " + OPEN + " ORDER BY due_date, id FETCH FIRST ? ROWS ONLY", (rs, row) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    OffsetDateTime reported = rs.getObject("reported_at", OffsetDateTime.class);
                    String department = rs.getString("department");
                    String jurisdiction = rs.getString("jurisdiction");
                    return new RedItem(rs.getLong("id"), rs.getString("case_number"), rs.getString("problem"),
                            department, name(department), organisation.jurisdictionName(jurisdiction)
                                    .orElse(jurisdiction),
                            due, items.overdueDays(due, reported != null ? reported.toInstant() : now),
                            rs.getObject("escalated_at") != null);
                }, args.toArray());
    }

    private String name(String department) {
        return organisation.departmentName(department).orElse(department);
    }
}

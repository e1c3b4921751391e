package com.taxcollab.cases.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail of case-file reads and denials (policy §6). Each entry commits on its
 * own, so a denial is kept even though the request that caused it fails.
 */
@Service
public class CaseAudit {

    static final int MAX_DETAIL_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String caseNumber, AuditAction action, String detail, boolean granted,
            String clientAddress) {
        jdbc.update("INSERT INTO case_audit (occurred_at, user_id, case_number, action, detail, granted,"
                + " client_address) VALUES (?, ?, ?, ?, ?, ?, ?)", OffsetDateTime.now(clock), userId,
                truncate(caseNumber, 64), action.name(), truncate(detail, MAX_DETAIL_LENGTH), granted,
                truncate(clientAddress, 64));
    }

    List<AuditEntry> find(AuditFilter filter, List<String> onlyJurisdictions, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, onlyJurisdictions, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT a.id, a.occurred_at, a.user_id, a.case_number, a.action, a.detail, a.granted,"
                + " a.client_address FROM case_audit a" + where + " ORDER BY a.occurred_at DESC, a.id DESC"
                + " LIMIT ? OFFSET ?", CaseAudit::map, args.toArray());
    }

    long count(AuditFilter filter, List<String> onlyJurisdictions) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_audit a" + where(filter, onlyJurisdictions, args),
                Long.class, args.toArray());
    }

    /** {@code onlyJurisdictions} null means every row; otherwise rows of cases in those jurisdictions. */
    private static String where(AuditFilter filter, List<String> onlyJurisdictions, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.caseNumber() != null) {
            conditions.add("a.case_number = ?");
            args.add(filter.caseNumber());
        }
        if (filter.user() != null) {
            conditions.add("a.user_id = ?");
            args.add(filter.user());
        }
        if (filter.from() != null) {
            conditions.add("a.occurred_at >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("a.occurred_at < ?");
            args.add(filter.to());
        }
        if (onlyJurisdictions != null) {
            if (onlyJurisdictions.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("EXISTS (SELECT 1 FROM cases c WHERE c.case_number = a.case_number AND c.jurisdiction IN ("
                        + String.join(", ", onlyJurisdictions.stream().map(j -> "?").toList()) + "))");
                args.addAll(onlyJurisdictions);
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        AuditAction action = AuditAction.valueOf(rs.getString("action"));
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("user_id"), rs.getString("case_number"), action, action.label(), rs.getString("detail"),
                rs.getBoolean("granted"), rs.getString("client_address"));
    }
}

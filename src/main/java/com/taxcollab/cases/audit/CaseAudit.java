package com.taxcollab.cases.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail of case-file reads and denials (policy §6) and of logins. Each entry
 * commits on its own, so a denial is kept even though the request that caused it fails, and each is
 * a link of an SM3 hash chain ({@link AuditChain}), so that a changed or removed row shows.
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

    /**
     * Appends the entry as the chain's next link; entries are chained one at a time (the head row is
     * held until this entry commits).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String caseNumber, AuditAction action, String detail, boolean granted,
            String clientAddress) {
        // stored to the microsecond: hash what the database keeps, so that verification can recompute it
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String caseNo = truncate(caseNumber, 64);
        String text = truncate(detail, MAX_DETAIL_LENGTH);
        String address = truncate(clientAddress, 64);
        String previous = jdbc.queryForObject("SELECT last_hash FROM case_audit_chain_head WHERE id = 1 FOR UPDATE",
                String.class);
        String hash = AuditChain.link(previous, at.toInstant(), userId, caseNo, action.name(), text, granted, address);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO case_audit (occurred_at, user_id,"
                    + " case_number, action, detail, granted, client_address, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setObject(1, at);
            insert.setString(2, userId);
            insert.setString(3, caseNo);
            insert.setString(4, action.name());
            insert.setString(5, text);
            insert.setBoolean(6, granted);
            insert.setString(7, address);
            insert.setString(8, hash);
            return insert;
        }, key);
        jdbc.update("UPDATE case_audit_chain_head SET last_hash = ?, last_id = ? WHERE id = 1", hash,
                key.getKey().longValue());
    }

    /**
     * The first entry whose link does not match its content and its predecessor, if any. Rows without a
     * link are older than the chain; one after the chain began was slipped in around the product.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> firstBrokenLink() {
        String[] previous = {AuditChain.GENESIS};
        Long[] broken = {null};
        boolean[] chainBegun = {false};
        jdbc.query("SELECT id, occurred_at, user_id, case_number, action, detail, granted, client_address, chain_hash"
                + " FROM case_audit ORDER BY id", rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    if (rs.getString("chain_hash") == null) {
                        if (chainBegun[0]) {
                            broken[0] = rs.getLong("id");
                        }
                        return;
                    }
                    chainBegun[0] = true;
                    String expected = AuditChain.link(previous[0], rs.getObject("occurred_at", OffsetDateTime.class)
                            .toInstant(), rs.getString("user_id"), rs.getString("case_number"), rs.getString("action"),
                            rs.getString("detail"), rs.getBoolean("granted"), rs.getString("client_address"));
                    if (!expected.equals(rs.getString("chain_hash"))) {
                        broken[0] = rs.getLong("id");
                    }
                    previous[0] = rs.getString("chain_hash");
                });
        String head = jdbc.queryForObject("SELECT last_hash FROM case_audit_chain_head WHERE id = 1", String.class);
        if (broken[0] == null && !head.equals(previous[0])) {
            // the last links were removed: the head remembers a hash no row carries any more
            broken[0] = jdbc.queryForObject("SELECT COALESCE(last_id, 0) FROM case_audit_chain_head WHERE id = 1",
                    Long.class);
        }
        return java.util.Optional.ofNullable(broken[0]);
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

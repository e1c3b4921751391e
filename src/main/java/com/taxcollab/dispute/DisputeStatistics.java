package com.taxcollab.dispute;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How many disputes a jurisdiction had, how many went to the government, how long they took. */
@Repository
class DisputeStatistics {

    private final JdbcTemplate jdbc;

    DisputeStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Summary of(String jurisdiction) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT outcome, escalation_reason, referred_to, filed_at,"
                + " closed_at FROM disputes WHERE jurisdiction = ?", jurisdiction);
        long closed = rows.stream().filter(r -> r.get("closed_at") != null).count();
        double averageDays = rows.stream().filter(r -> r.get("closed_at") != null)
                .mapToLong(r -> Duration.between(time(r.get("filed_at")), time(r.get("closed_at"))).toHours())
                .average().orElse(0) / 24.0;
        return new Summary(jurisdiction, rows.size(), rows.size() - closed,
                count(rows, "outcome", DisputeOutcome.RESOLVED_BY_NEGOTIATION.name()),
                count(rows, "outcome", DisputeOutcome.RESOLVED_BY_GOVERNMENT.name()),
                rows.stream().filter(r -> r.get("escalation_reason") != null).count(),
                rows.stream().filter(r -> r.get("referred_to") != null).count(),
                Math.round(averageDays * 10) / 10.0);
    }

    private static long count(List<Map<String, Object>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).count();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    /** {@code GET /api/disputes/statistics}: counts, and the average days from filing to closing. */
    record Summary(String jurisdiction, long total, long open, long resolvedByNegotiation, long resolvedByGovernment,
            long escalatedToGovernment, long referredToCity, double averageDaysToClose) {
    }
}

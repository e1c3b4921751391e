package com.taxcollab.cases.search;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.search.CaseSummary.PartySummary;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.ChinaTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Searches the cases the caller may read, newest activity first. Free text matches our case
 * number, the title (which carries the court's 案号), a party's name or role, or a party's full
 * identity number: never part of one, so masked numbers cannot be guessed digit by digit.
 */
@Component
class CaseSearch {

    private final JdbcTemplate jdbc;
    private final CaseAccess access;
    private final CaseParticipants participants;
    private final Organisation organisation;

    CaseSearch(JdbcTemplate jdbc, CaseAccess access, CaseParticipants participants, Organisation organisation) {
        this.jdbc = jdbc;
        this.access = access;
        this.participants = participants;
        this.organisation = organisation;
    }

    List<CaseSummary> find(CurrentUser user, CaseQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(user, query, args);
        args.add(limit);
        args.add(offset);
        List<Row> rows = jdbc.query("SELECT c.case_number, c.title, c.case_type, c.jurisdiction, c.status,"
                + " c.initiator, c.created_at, c.last_activity_at FROM cases c" + where
                + " ORDER BY COALESCE(c.last_activity_at, c.created_at) DESC, c.case_number DESC LIMIT ? OFFSET ?",
                CaseSearch::row, args.toArray());
        // the page's parties in one query, not one per case
        Map<String, List<CaseParty>> parties = participants.partiesOf(rows.stream().map(Row::caseNumber).toList());
        return rows.stream().map(r -> summary(r, parties.getOrDefault(r.caseNumber(), List.of()))).toList();
    }

    private record Row(String caseNumber, String title, CaseType type, CaseStatus status, String jurisdiction,
            String initiator, OffsetDateTime createdAt, OffsetDateTime lastActivityAt) {
    }

    long count(CurrentUser user, CaseQuery query) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("SELECT COUNT(*) FROM cases c" + where(user, query, args), Long.class,
                args.toArray());
    }

    private String where(CurrentUser user, CaseQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        conditions.add(access.readableCondition(user, args));
        if (query.text() != null) {
            String like = like(query.text());
            // a 案号 is written with full-width brackets (（2026）苏07执恢123号) or ASCII ones: either finds it
            String fullWidth = like(query.text().replace('(', '（').replace(')', '）'));
            conditions.add("(LOWER(c.case_number) LIKE ? ESCAPE '\\' OR LOWER(c.title) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(c.title) LIKE ? ESCAPE '\\'"
                    + " OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_number = c.case_number"
                    + " AND (LOWER(p.name) LIKE ? ESCAPE '\\' OR LOWER(p.role) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(p.role) LIKE ? ESCAPE '\\' OR UPPER(p.id_number) = ?)))");
            args.addAll(List.of(like, like, fullWidth, like, like, fullWidth, query.text().toUpperCase(Locale.ROOT)));
        }
        if (query.type() != null) {
            conditions.add("c.case_type = ?");
            args.add(query.type().name());
        }
        if (query.status() != null) {
            conditions.add("c.status = ?");
            args.add(query.status().name());
        }
        if (query.jurisdiction() != null) {
            conditions.add("c.jurisdiction = ?");
            args.add(query.jurisdiction());
        }
        if (query.from() != null) {
            conditions.add("c.created_at >= ?");
            args.add(startOf(query.from()));
        }
        if (query.to() != null) {
            conditions.add("c.created_at < ?");
            args.add(startOf(query.to().plusDays(1)));
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getString("case_number"), rs.getString("title"), CaseType.valueOf(rs.getString("case_type")),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("jurisdiction"), rs.getString("initiator"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_activity_at", OffsetDateTime.class));
    }

    private CaseSummary summary(Row r, List<CaseParty> parties) {
        return new CaseSummary(r.caseNumber(), r.title(), r.type().name(), r.type().label(), r.jurisdiction(),
                organisation.jurisdictionName(r.jurisdiction()).orElse(r.jurisdiction()), r.status().name(),
                r.status().label(), r.initiator(), china(r.createdAt()), china(r.lastActivityAt()),
                parties.stream().map(p -> new PartySummary(p.kind().name(), p.kind().label(), p.name(),
                        p.maskedIdNumber())).toList(), "/cases/" + r.caseNumber());
    }

    private static OffsetDateTime china(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }
}

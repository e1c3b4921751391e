package com.taxcollab.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The years an administrator loaded, their exception days, and the audit trail of changes. */
@Repository
class CalendarYearRepository {

    private final JdbcTemplate jdbc;

    CalendarYearRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every loaded year with its days (possibly none). */
    Map<Integer, List<CalendarDay>> loadAll() {
        Map<Integer, List<CalendarDay>> years = jdbc.queryForList("SELECT calendar_year FROM calendar_years",
                Integer.class).stream().collect(Collectors.toMap(y -> y, y -> new ArrayList<>()));
        jdbc.query("SELECT calendar_year, day_date, name, off_day FROM calendar_days ORDER BY day_date", rs -> {
            years.get(rs.getInt("calendar_year")).add(new CalendarDay(rs.getObject("day_date", LocalDate.class),
                    rs.getString("name"), rs.getBoolean("off_day")));
        });
        return years;
    }

    Optional<LoadedYear> find(int year) {
        return jdbc.query("SELECT updated_by, updated_at FROM calendar_years WHERE calendar_year = ?",
                (rs, row) -> new LoadedYear(rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)),
                year).stream().findFirst();
    }

    void replace(int year, List<CalendarDay> days, LoadedYear by) {
        jdbc.update("DELETE FROM calendar_days WHERE calendar_year = ?", year);
        if (jdbc.update("UPDATE calendar_years SET updated_by = ?, updated_at = ? WHERE calendar_year = ?",
                by.updatedBy(), by.updatedAt(), year) == 0) {
            jdbc.update("INSERT INTO calendar_years (calendar_year, updated_by, updated_at) VALUES (?, ?, ?)",
                    year, by.updatedBy(), by.updatedAt());
        }
        jdbc.batchUpdate("INSERT INTO calendar_days (day_date, calendar_year, name, off_day) VALUES (?, ?, ?, ?)",
                days.stream().map(d -> new Object[] {d.date(), year, d.name(), d.offDay()}).toList());
    }

    void recordChange(int year, LoadedYear by, String previousSource, String previousContent, String newContent) {
        jdbc.update("INSERT INTO calendar_year_changes (calendar_year, changed_by, changed_at, previous_source,"
                + " previous_content, new_content) VALUES (?, ?, ?, ?, ?, ?)",
                year, by.updatedBy(), by.updatedAt(), previousSource, previousContent, newContent);
    }

    /** Newest first. */
    List<YearChange> changes(int year) {
        return jdbc.query("SELECT changed_by, changed_at, previous_source, previous_content, new_content"
                + " FROM calendar_year_changes WHERE calendar_year = ? ORDER BY id DESC",
                (rs, row) -> new YearChange(year, rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("previous_source"),
                        rs.getString("previous_content"), rs.getString("new_content")), year);
    }

    /** Who loaded a year, and when. */
    record LoadedYear(String updatedBy, OffsetDateTime updatedAt) {
    }

    /** One audited change; contents are JSON lists of {date, name, offDay}. */
    record YearChange(int year, String changedBy, OffsetDateTime changedAt, String previousSource,
            String previousContent, String newContent) {
    }
}

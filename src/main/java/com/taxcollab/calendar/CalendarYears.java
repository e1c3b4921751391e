package com.taxcollab.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar years in force: the bundled data with the years an administrator loaded laid on
 * top. Loading a year writes it and its audit record in one transaction, then puts it in force.
 */
@Service
class CalendarYears {

    static final String ADMINISTRATOR = "administrator";
    static final String BUNDLED = "bundled";
    static final String NONE = "none";
    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    private final WorkingDayCalendar calendar;
    private final CalendarYearRepository repository;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    CalendarYears(WorkingDayCalendar calendar, CalendarYearRepository repository, TransactionTemplate transaction,
            ObjectMapper json, Clock clock) {
        this.calendar = calendar;
        this.repository = repository;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @PostConstruct
    void putLoadedYearsInForce() {
        var loaded = repository.loadAll();
        loaded.forEach(calendar::replaceYear);
        if (!loaded.isEmpty()) {
            log.info("Calendar years loaded by administrators in force: {}", new TreeSet<>(loaded.keySet()));
        }
    }

    YearView inForce(int year) {
        var loaded = repository.find(year);
        String source = loaded.isPresent() ? ADMINISTRATOR : calendar.hasYear(year) ? BUNDLED : NONE;
        return new YearView(year, source, loaded.map(CalendarYearRepository.LoadedYear::updatedBy).orElse(null),
                loaded.map(CalendarYearRepository.LoadedYear::updatedAt).orElse(null), calendar.year(year));
    }

    /** Replaces the year as a whole; {@code days} must already be valid (see {@link YearRequest}). */
    synchronized YearView replace(int year, List<CalendarDay> days, String userId) {
        var by = new CalendarYearRepository.LoadedYear(userId, OffsetDateTime.now(clock));
        transaction.executeWithoutResult(status -> {
            YearView previous = inForce(year);
            repository.replace(year, days, by);
            repository.recordChange(year, by, previous.source(), toJson(previous.days()), toJson(days));
        });
        // a single service instance holds the calendar in memory; the database is the record across restarts
        calendar.replaceYear(year, days);
        log.info("Calendar year {} replaced by {}: {} exception days", year, userId, days.size());
        return inForce(year);
    }

    List<CalendarYearRepository.YearChange> changes(int year) {
        return repository.changes(year);
    }

    private String toJson(List<CalendarDay> days) {
        try {
            return json.writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A year as it is in force, and where it came from: administrator, bundled or none (weekends only). */
    record YearView(int year, String source, String updatedBy, OffsetDateTime updatedAt, List<CalendarDay> days) {
    }
}

package com.taxcollab.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The official working-day calendar of mainland China (工作日): weekends off, statutory holidays
 * off, make-up weekend days (调休) on. Days are calendar dates in Beijing time; callers turn
 * instants into dates with {@code ChinaTime.ZONE}. A year without data counts weekends only.
 *
 * <p>Starts with the bundled arrangements; {@link CalendarYears} lays the years an administrator
 * loaded on top, and each change takes effect for the next call.
 */
@Service
public class WorkingDayCalendar {

    public static final String MAKE_UP_WORKING_DAY = "调休上班";

    /** Replaced as a whole on change, so readers never see half a year. */
    private volatile Snapshot snapshot;

    public WorkingDayCalendar() {
        this(BundledHolidays.load());
    }

    WorkingDayCalendar(Collection<CalendarDay> days) {
        this.snapshot = Snapshot.of(days.stream().collect(Collectors.groupingBy(d -> d.date().getYear())));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = snapshot.days.get(date);
        if (exception != null) {
            return !exception.offDay();
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The holiday's name, {@value #MAKE_UP_WORKING_DAY} for a make-up working day, else empty. */
    public Optional<String> dayName(LocalDate date) {
        return Optional.ofNullable(snapshot.days.get(date))
                .map(day -> day.offDay() ? day.name() : MAKE_UP_WORKING_DAY);
    }

    /**
     * The {@code n}-th working day strictly after {@code from}; a negative {@code n} counts backwards,
     * strictly before {@code from}; zero gives {@code from} itself.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = from;
        for (int left = Math.abs(n); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The last day of a term of {@code n} calendar days (日) counted from {@code from}: counting starts on
     * the next day (民法典 art. 201), and a last day that is a statutory holiday or a rest day moves to the
     * next working day (art. 203); a make-up working day (调休上班) is a working day and stays.
     */
    public LocalDate addCalendarDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A term in calendar days needs at least one day, not " + n);
        }
        LocalDate last = from.plusDays(n);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** Working days in (from, to]; negative, counting (to, from], when {@code to} lies before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Years with data, bundled or loaded by an administrator. */
    public SortedSet<Integer> yearsInForce() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(snapshot.years.keySet()));
    }

    /** The exceptions in force for a year, by date; empty when the year has no data. */
    public List<CalendarDay> year(int year) {
        return snapshot.years.getOrDefault(year, List.of());
    }

    public boolean hasYear(int year) {
        return snapshot.years.containsKey(year);
    }

    /** Puts a year's exceptions in force, replacing what was there (an empty list: weekends only, but known). */
    synchronized void replaceYear(int year, List<CalendarDay> days) {
        Map<Integer, List<CalendarDay>> years = new HashMap<>(snapshot.years);
        years.put(year, days);
        snapshot = Snapshot.of(years);
    }

    private record Snapshot(Map<Integer, List<CalendarDay>> years, Map<LocalDate, CalendarDay> days) {

        static Snapshot of(Map<Integer, List<CalendarDay>> years) {
            Map<Integer, List<CalendarDay>> sorted = new HashMap<>();
            years.forEach((year, days) -> sorted.put(year, days.stream()
                    .sorted((a, b) -> a.date().compareTo(b.date())).toList()));
            Map<LocalDate, CalendarDay> byDate = sorted.values().stream().flatMap(List::stream)
                    .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
            return new Snapshot(Map.copyOf(sorted), Map.copyOf(byDate));
        }
    }
}

package com.taxcollab.calendar;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Whether the calendar has data for the days deadlines are about to fall on. A missing year does
 * not stop anything (it counts weekends only), but deadlines in it ignore holidays, so
 * administrators are warned well before it starts.
 */
@Service
public class CalendarCoverage {

    static final int LOOK_AHEAD_DAYS = 60;

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarCoverage(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Years from today to {@value #LOOK_AHEAD_DAYS} days ahead (Beijing time) that have no data. */
    public List<Integer> missingYears() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int last = today.plusDays(LOOK_AHEAD_DAYS).getYear();
        return IntStream.rangeClosed(today.getYear(), last).filter(year -> !calendar.hasYear(year)).boxed().toList();
    }

    public List<Integer> yearsInForce() {
        return List.copyOf(calendar.yearsInForce());
    }
}

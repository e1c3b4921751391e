package com.taxcollab.calendar;

import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code workingDayCalendar} health component: years in force and years missing within the next
 * 60 days. Always UP: without data a year counts weekends only, which must not take the service down.
 */
@Component
class WorkingDayCalendarHealthIndicator extends AbstractHealthIndicator {

    private final CalendarCoverage coverage;

    WorkingDayCalendarHealthIndicator(CalendarCoverage coverage) {
        super("Working-day calendar check failed");
        this.coverage = coverage;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Integer> missing = coverage.missingYears();
        builder.up().withDetail("yearsInForce", coverage.yearsInForce()).withDetail("missingYears", missing);
        if (!missing.isEmpty()) {
            builder.withDetail("warning", "No holiday data for " + missing
                    + ": deadlines there count weekends only. Load it with PUT /api/calendar/years/{year}.");
        }
    }
}

package com.taxcollab.calendar;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates, reminders and escalations of a {@link Term} that runs from now on the engine clock.
 * A term in days ends at 23:59:59 (Beijing) of its last day, and its reminder and escalation fall at
 * 09:00 on a working day; a term in hours ends that many hours from now, and so do its reminder
 * and escalation, counted in hours.
 */
@Component
public class Terms {

    private final WorkingDayCalendar calendar;
    private final WorkingDayExpressions workingDays;
    private final Clock clock;

    Terms(WorkingDayCalendar calendar, WorkingDayExpressions workingDays, Clock clock) {
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Date due(Term term) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        return switch (term.unit()) {
            case WORKING_DAYS -> WorkingDayExpressions.at(calendar.addWorkingDays(today, term.amount()),
                    WorkingDayExpressions.END_OF_DAY);
            case CALENDAR_DAYS -> WorkingDayExpressions.at(calendar.addCalendarDays(today, term.amount()),
                    WorkingDayExpressions.END_OF_DAY);
            case HOURS -> Date.from(now.plus(Duration.ofHours(term.amount())));
        };
    }

    /** {@code before} working days (hours, for a term in hours) before the due date; null for no reminder. */
    public Date reminder(Date due, Term term, int before) {
        if (before <= 0) {
            return null;
        }
        return term.unit() == Term.Unit.HOURS ? Date.from(due.toInstant().minus(Duration.ofHours(before)))
                : workingDays.before(due, before);
    }

    /** The due date itself for 0, else {@code after} working days (hours) after it. */
    public Date escalation(Date due, Term term, int after) {
        if (after <= 0) {
            return new Date(due.getTime());
        }
        return term.unit() == Term.Unit.HOURS ? Date.from(due.toInstant().plus(Duration.ofHours(after)))
                : workingDays.after(due, after);
    }
}

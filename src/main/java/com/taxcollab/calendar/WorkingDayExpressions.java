package com.taxcollab.calendar;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN, as {@code ${workingDays.…}} expressions (see docs/deadlines.md): a due date
 * is the end (23:59:59 Beijing time) of the N-th working day (or day, 日) after today on the engine
 * clock, or N hours from now; reminders and escalations fire at 09:00 on a working day counted from
 * the due date's day (hours from it, for a term in hours). Step keys name entries of
 * {@code taxcollab.deadlines.steps}; code with a term of its own passes a {@link Term}.
 */
@Component("workingDays")
public class WorkingDayExpressions {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final DeadlineProperties deadlines;

    public WorkingDayExpressions(WorkingDayCalendar calendar, Clock clock, DeadlineProperties deadlines) {
        this.calendar = calendar;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** The step's due date: {@code days} in its {@code unit} (working days unless it says otherwise) from now. */
    public Date due(String step) {
        DeadlineProperties.Step configured = step(step);
        if (configured.days() == null) {
            throw new IllegalArgumentException("Deadline step '" + step
                    + "' has no 'days' configured: its due date must come from elsewhere");
        }
        return due(new Term(configured.days(), configured.unit()));
    }

    /** End of the {@code days}-th working day after today. */
    public Date dueIn(int days) {
        return due(new Term(days, Term.Unit.WORKING_DAYS));
    }

    /**
     * A term from now: in days, the end (23:59:59) of its last day, working days counted on the calendar
     * or calendar days with 民法典 arts. 201 and 203 ({@link WorkingDayCalendar#addCalendarDays}); in
     * hours, that many hours from now.
     */
    public Date due(Term term) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return switch (term.unit()) {
            case WORKING_DAYS -> at(calendar.addWorkingDays(today, term.amount()), END_OF_DAY);
            case CALENDAR_DAYS -> at(calendar.addCalendarDays(today, term.amount()), END_OF_DAY);
            case HOURS -> Date.from(clock.instant().plus(Duration.ofHours(term.amount())));
        };
    }

    /** {@code reminder-before} working days before the due date's day at 09:00 (hours before, for a step in hours). */
    public Date reminder(Date due, String step) {
        DeadlineProperties.Step configured = step(step);
        return configured.unit() == Term.Unit.HOURS ? hoursFrom(due, -configured.reminderBefore())
                : before(due, configured.reminderBefore());
    }

    /** The due date itself when {@code escalate-after} is 0, else 09:00 that many working days (hours) after. */
    public Date escalation(Date due, String step) {
        DeadlineProperties.Step configured = step(step);
        return escalation(due, new Term(1, configured.unit()), configured.escalateAfter());
    }

    /** {@code before} working days (hours, for a term in hours) before the due date; null for no reminder. */
    public Date reminder(Date due, Term term, int before) {
        if (before <= 0) {
            return null;
        }
        return term.unit() == Term.Unit.HOURS ? hoursFrom(due, -before) : before(due, before);
    }

    /** The due date itself for 0, else {@code after} working days (hours, for a term in hours) after it. */
    public Date escalation(Date due, Term term, int after) {
        if (after <= 0) {
            return new Date(required(due).getTime());
        }
        return term.unit() == Term.Unit.HOURS ? hoursFrom(due, after) : after(due, after);
    }

    /** 09:00 on the {@code n}-th working day before the due date's day. */
    public Date before(Date due, int n) {
        return at(calendar.addWorkingDays(day(due), -n), OFFICE_OPENS);
    }

    /** 09:00 on the {@code n}-th working day after the due date's day. */
    public Date after(Date due, int n) {
        return at(calendar.addWorkingDays(day(due), n), OFFICE_OPENS);
    }

    private static Date hoursFrom(Date due, int hours) {
        return Date.from(required(due).toInstant().plus(Duration.ofHours(hours)));
    }

    private DeadlineProperties.Step step(String step) {
        return deadlines.step(step).orElseThrow(() -> new IllegalArgumentException("Unknown deadline step '"
                + step + "': configure taxcollab.deadlines.steps." + step + " in application.yaml"));
    }

    private static LocalDate day(Date due) {
        return required(due).toInstant().atZone(ChinaTime.ZONE).toLocalDate();
    }

    private static Date required(Date due) {
        if (due == null) {
            throw new IllegalArgumentException("No due date given: set the due date variable before the timer starts");
        }
        return due;
    }

    static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ChinaTime.ZONE).toInstant());
    }
}

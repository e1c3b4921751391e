package com.taxcollab.calendar;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN, as {@code ${workingDays.…}} expressions (see docs/deadlines.md): a due date
 * is the end (23:59:59 Beijing time) of the N-th working day after today on the engine clock;
 * reminders and escalations fire at 09:00 on a working day counted from the due date's day.
 * Step keys name entries of {@code taxcollab.deadlines.steps}.
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

    /** End of the N-th working day after today, N = {@code days} of the step. */
    public Date due(String step) {
        Integer days = step(step).days();
        if (days == null) {
            throw new IllegalArgumentException("Deadline step '" + step
                    + "' has no 'days' configured: its due date must come from elsewhere");
        }
        return dueIn(days);
    }

    /** End of the {@code days}-th working day after today. */
    public Date dueIn(int days) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return at(calendar.addWorkingDays(today, days), END_OF_DAY);
    }

    /** 09:00 on the working day {@code reminder-before} working days before the due date's day. */
    public Date reminder(Date due, String step) {
        return before(due, step(step).reminderBefore());
    }

    /** The due date itself when {@code escalate-after} is 0, else 09:00 that many working days after its day. */
    public Date escalation(Date due, String step) {
        int after = step(step).escalateAfter();
        return after == 0 ? new Date(required(due).getTime()) : after(due, after);
    }

    /** 09:00 on the {@code n}-th working day before the due date's day. */
    public Date before(Date due, int n) {
        return at(calendar.addWorkingDays(day(due), -n), OFFICE_OPENS);
    }

    /** 09:00 on the {@code n}-th working day after the due date's day. */
    public Date after(Date due, int n) {
        return at(calendar.addWorkingDays(day(due), n), OFFICE_OPENS);
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

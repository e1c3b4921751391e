package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three units of a term ({@link WorkingDayExpressions}), computed from the shipped holiday data:
 * working days, calendar days (民法典 art. 201: counting starts the next day; art. 203: a last day on a
 * holiday or rest day moves to the next working day) and hours.
 */
class TermsTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void fifteenDaysReceivedOnTheTwentyFirstOfSeptemberEndAfterNationalDay() {
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-09-21"), 15))
                .as("day 15 is 2026-10-06, inside the National Day holiday: the next working day")
                .isEqualTo(LocalDate.parse("2026-10-08"));

        assertThat(terms("2026-09-21T10:00:00+08:00").due(new Term(15, Term.Unit.CALENDAR_DAYS)))
                .isEqualTo(instant("2026-10-08T23:59:59+08:00"));
    }

    @Test
    void aLastDayOnTheMakeUpSaturdayStays() {
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-09-25"), 15))
                .as("2026-10-10 is a Saturday, and a make-up working day").isEqualTo(LocalDate.parse("2026-10-10"));
    }

    @Test
    void aLastDayOnAnOrdinarySundayMovesToMonday() {
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-11-07"), 15)).as("2026-11-22 is a Sunday")
                .isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void calendarDaysCountHolidaysInsideTheTermWhereWorkingDaysSkipThem() {
        WorkingDayExpressions terms = terms("2026-09-21T10:00:00+08:00");

        assertThat(terms.due(new Term(15, Term.Unit.WORKING_DAYS)))
                .as("15 working days skip Mid-Autumn and National Day, and count the make-up Saturday 10-10")
                .isEqualTo(instant("2026-10-19T23:59:59+08:00"));
    }

    @Test
    void anUrgentTermInHoursRunsOnTheClockAndItsReminderAnHourBefore() {
        WorkingDayExpressions terms = terms("2026-10-03T22:30:00+08:00");
        Term twoHours = new Term(2, Term.Unit.HOURS);

        Date due = terms.due(twoHours);

        assertThat(due).as("hours ignore holidays and nights").isEqualTo(instant("2026-10-04T00:30:00+08:00"));
        assertThat(terms.reminder(due, twoHours, 1)).isEqualTo(instant("2026-10-03T23:30:00+08:00"));
        assertThat(terms.escalation(due, twoHours, 0)).isEqualTo(due);
    }

    @Test
    void remindersOfADayTermFallAtNineOnAWorkingDay() {
        WorkingDayExpressions terms = terms("2026-09-21T10:00:00+08:00");
        Term fifteenDays = new Term(15, Term.Unit.CALENDAR_DAYS);
        Date due = terms.due(fifteenDays);

        assertThat(terms.reminder(due, fifteenDays, 3)).as("3 working days before 2026-10-08, holidays skipped")
                .isEqualTo(instant("2026-09-28T09:00:00+08:00"));
        assertThat(terms.escalation(due, fifteenDays, 2)).as("the second working day after is the make-up Saturday")
                .isEqualTo(instant("2026-10-10T09:00:00+08:00"));
    }

    @Test
    void aStepMayCountInCalendarDays() {
        WorkingDayExpressions workingDays = terms("2026-09-29T10:00:00+08:00");

        Date due = workingDays.due("criminal-filing");

        assertThat(due).as("3 days from 09-29 end on 10-02, in the holiday: the end of 10-08")
                .isEqualTo(instant("2026-10-08T23:59:59+08:00"));
        assertThat(workingDays.reminder(due, "criminal-filing")).isEqualTo(instant("2026-09-30T09:00:00+08:00"));
        assertThat(workingDays.escalation(due, "criminal-filing")).isEqualTo(due);
    }

    @Test
    void aTermNeedsItsUnitAndAtLeastOne() {
        assertThatThrownBy(() -> new Term(0, Term.Unit.CALENDAR_DAYS)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Term(5, null)).hasMessageContaining("unit");
        assertThat(new Term(15, Term.Unit.CALENDAR_DAYS).text()).isEqualTo("15日");
        assertThat(new Term(10, Term.Unit.WORKING_DAYS).text()).isEqualTo("10个工作日");
    }

    private WorkingDayExpressions terms(String now) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneOffset.UTC);
        return new WorkingDayExpressions(calendar, clock, new DeadlineProperties(Map.of(
                "criminal-filing", new DeadlineProperties.Step(3, Term.Unit.CALENDAR_DAYS, 1, 0))));
    }

    private static Date instant(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}

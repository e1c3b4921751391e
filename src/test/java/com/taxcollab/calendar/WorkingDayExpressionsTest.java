package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Due dates, reminders and escalations as BPMN gets them, whatever zone the server runs in. */
class WorkingDayExpressionsTest {

    private static final DeadlineProperties DEADLINES = new DeadlineProperties(Map.of(
            "dispute-negotiation", new DeadlineProperties.Step(10, null, 2, 0),
            "rectification-item", new DeadlineProperties.Step(null, null, 3, 5)));
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void negotiationStartedBeforeMidAutumnIsDueAtTheEndOfTheTenthWorkingDayAfterNationalDay() {
        WorkingDayExpressions workingDays = at("2026-09-18T10:00:00+08:00", ZoneOffset.UTC);

        Date due = workingDays.due("dispute-negotiation");

        assertThat(due).isEqualTo(instant("2026-10-09T23:59:59+08:00"));
        assertThat(workingDays.reminder(due, "dispute-negotiation"))
                .as("2 working days before, across National Day").isEqualTo(instant("2026-09-30T09:00:00+08:00"));
        assertThat(workingDays.escalation(due, "dispute-negotiation"))
                .as("escalate-after 0: the moment it is overdue").isEqualTo(due);
    }

    @Test
    void escalationAfterSomeWorkingDaysFallsAtNineInTheMorning() {
        WorkingDayExpressions workingDays = at("2026-09-18T10:00:00+08:00", ZoneOffset.UTC);
        Date due = (instant("2026-09-30T23:59:59+08:00"));

        assertThat(workingDays.escalation(due, "rectification-item")).isEqualTo(instant("2026-10-13T09:00:00+08:00"));
        assertThat(workingDays.reminder(due, "rectification-item")).as("3 working days before 30 September: 29, 28, then 24 (Mid-Autumn skipped)")
                .isEqualTo(instant("2026-09-24T09:00:00+08:00"));
    }

    @Test
    void explicitBeforeAndAfterCountWorkingDaysFromTheDueDatesDay() {
        WorkingDayExpressions workingDays = at("2026-02-10T10:00:00+08:00", ZoneOffset.UTC);
        Date due = (instant("2026-02-24T23:59:59+08:00"));

        assertThat(workingDays.before(due, 1)).isEqualTo(instant("2026-02-14T09:00:00+08:00"));
        assertThat(workingDays.after(due, 4)).isEqualTo(instant("2026-02-28T09:00:00+08:00"));
        assertThat(workingDays.dueIn(4)).as("the make-up Saturday counts").isEqualTo(instant("2026-02-14T23:59:59+08:00"));
        assertThat(workingDays.dueIn(5)).isEqualTo(instant("2026-02-24T23:59:59+08:00"));
    }

    @Test
    void todayIsTheBeijingDateEvenWhenTheServerRunsInUtcNearMidnight() {
        // 00:30 on 30 September in Beijing is still 29 September in UTC
        String justAfterMidnightInBeijing = "2026-09-29T16:30:00Z";

        Date fromUtcServer = at(justAfterMidnightInBeijing, ZoneOffset.UTC).dueIn(1);
        Date fromBeijingServer = at(justAfterMidnightInBeijing, ChinaTime.ZONE).dueIn(1);

        assertThat(fromUtcServer).as("the next working day after 30 September is 8 October, not 30 September")
                .isEqualTo(instant("2026-10-08T23:59:59+08:00"));
        assertThat(fromBeijingServer).isEqualTo(fromUtcServer);
    }

    @Test
    void dueDateTakenFromAUtcEveningBelongsToTheNextBeijingDay() {
        WorkingDayExpressions workingDays = at("2026-02-10T10:00:00+08:00", ZoneOffset.UTC);
        // 13 February 20:00 UTC is Saturday 14 February 04:00 in Beijing, a make-up working day
        Date due = instant("2026-02-13T20:00:00Z");

        assertThat(workingDays.after(due, 1)).isEqualTo(instant("2026-02-24T09:00:00+08:00"));
    }

    @Test
    void unknownStepIsRefusedNamingTheStep() {
        WorkingDayExpressions workingDays = at("2026-09-18T10:00:00+08:00", ZoneOffset.UTC);

        assertThatThrownBy(() -> workingDays.due("dispute-negotiaton"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dispute-negotiaton'")
                .hasMessageContaining("taxcollab.deadlines.steps.dispute-negotiaton");
        assertThatThrownBy(() -> workingDays.due("rectification-item"))
                .hasMessageContaining("'rectification-item' has no 'days'");
    }

    private WorkingDayExpressions at(String instant, ZoneId serverZone) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(instant).toInstant(), serverZone);
        return new WorkingDayExpressions(calendar, clock, DEADLINES);
    }

    private static Date instant(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}

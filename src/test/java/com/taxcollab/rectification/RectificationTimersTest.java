package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lights and escalations of an item due on Friday 9 October 2026, the day after National Day
 * week (1–7 Oct off, Saturday 10 Oct a make-up working day), on the engine clock.
 */
class RectificationTimersTest extends RectificationScenarioSupport {

    @Test
    void itemTurnsYellowThreeWorkingDaysBeforeItsDueDateAndRemindsTheUnit() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("发票管理不规范", "tax", "2026-10-09"));
        long item = itemIds(caseNumber).get(0);
        assertThat(light(item)).isEqualTo("GREEN");
        // 8 Oct, 30 Sep, 29 Sep: National Day week does not count
        assertThat(timer(caseNumber, "Timer_Yellow").getDuedate()).isEqualTo(at("2026-09-29T09:00:00"));

        now("2026-09-28T17:00:00");
        assertThat(runDueJobs(caseNumber)).isZero();
        assertThat(light(item)).isEqualTo("GREEN");

        now("2026-09-29T09:00:00");
        runDueJobs(caseNumber);
        assertThat(light(item)).isEqualTo("YELLOW");
        assertThat(notified(caseNumber, "REMINDER")).contains("tax1").doesNotContain("hztax1", "super1");
    }

    @Test
    void eachItemsTimersTellOnlyThatItemsUnit() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("税务事项", "tax", "2026-10-09"), item("法院事项", "court", "2026-12-31"));
        long tax = itemIds(caseNumber).get(0);
        long court = itemIds(caseNumber).get(1);

        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(light(tax)).isEqualTo("RED");
        assertThat(light(court)).isEqualTo("GREEN");
        assertThat(notified(caseNumber, "REMINDER")).containsExactly("tax1");
        assertThat(notified(caseNumber, "OVERDUE")).contains("tax1", "super1").doesNotContain("court1");
    }

    @Test
    void itemTurnsRedWhenItsDueDatePassesAndTellsUnitAndSupervisors() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("欠税清缴不及时", "tax", "2026-10-09"));
        long item = itemIds(caseNumber).get(0);
        now("2026-10-09T23:00:00");
        runDueJobs(caseNumber);
        assertThat(light(item)).isEqualTo("YELLOW");

        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(light(item)).isEqualTo("RED");
        assertThat(notified(caseNumber, "OVERDUE")).contains("tax1", "super1");
    }

    @Test
    void overdueItemIsEscalatedToLeadershipOnTheFifthWorkingDayCountingTheMakeUpSaturday() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("土地增值税清算滞后", "tax", "2026-10-09"));
        long item = itemIds(caseNumber).get(0);
        // Sat 10 (make-up), Mon 12, 13, 14, 15 October
        assertThat(timer(caseNumber, "Timer_Escalation").getDuedate()).isEqualTo(at("2026-10-15T09:00:00"));

        now("2026-10-14T18:00:00");
        runDueJobs(caseNumber);
        assertThat(itemRow(item).get("escalated_at")).isNull();
        assertThat(notified(caseNumber, "ESCALATION")).isEmpty();

        now("2026-10-15T09:00:00");
        runDueJobs(caseNumber);
        assertThat(itemRow(item).get("escalated_at")).isNotNull();
        assertThat(notified(caseNumber, "ESCALATION")).containsExactly("lead1");
        assertThat(jdbc.queryForList("SELECT department_id FROM case_departments WHERE case_number = ?",
                String.class, caseNumber)).contains("leadership");
    }

    @Test
    void accountabilityRecordIsMadeTenWorkingDaysAfterTheDueDate() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("社保费征缴衔接不畅", "tax", "2026-10-09"));
        long item = itemIds(caseNumber).get(0);
        assertThat(timer(caseNumber, "Timer_Accountability").getDuedate()).isEqualTo(at("2026-10-22T09:00:00"));

        now("2026-10-21T18:00:00");
        runDueJobs(caseNumber);
        assertThat(accountability(item)).isEmpty();

        now("2026-10-22T09:00:00");
        runDueJobs(caseNumber);
        assertThat(accountability(item)).singleElement().satisfies(record -> {
            assertThat(record.get("department")).isEqualTo("tax");
            assertThat(record.get("overdue_days")).isEqualTo(10);
            assertThat(record.get("recorded_on").toString()).isEqualTo(LocalDate.of(2026, 10, 22).toString());
        });
        // the item stays on the books with the unit until it is rectified
        assertThat(task(item, "Task_Rectify")).isNotNull();
        assertThat(light(item)).isEqualTo("RED");
    }

    private java.util.List<Map<String, Object>> accountability(long item) {
        return jdbc.queryForList("SELECT * FROM rectification_accountability WHERE item_id = ?", item);
    }
}

package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor's own deadlines (step rectification-review: 5 working days, reminder 2 before,
 * overdue at once). A report or extension request made on Thursday 24 September 2026 waits over
 * Mid-Autumn (25–27 Sep) and National Day (1–7 Oct): due Friday 9 October 23:59:59, reminder
 * Wednesday 30 September 09:00. The item itself is due at the end of the year, so its own lights
 * stay out of the way.
 */
class RectificationReviewTimersTest extends RectificationScenarioSupport {

    @Autowired
    IdentityService identityService;

    @Test
    void reviewOfAReportIsDueFiveWorkingDaysLaterAndRemindsTheSupervisorsTwoWorkingDaysBefore() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("纳税信用修复滞后", "tax", "2026-12-31"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-24T10:00:00");
        report(item);

        assertThat(task(item, "Task_Review").getDueDate()).isEqualTo(at("2026-10-09T23:59:59"));
        assertThat(timer(caseNumber, "Timer_ReviewReminder").getDuedate()).isEqualTo(at("2026-09-30T09:00:00"));

        now("2026-09-29T18:00:00");
        assertThat(runDueJobs(caseNumber)).isZero();
        assertThat(notified(caseNumber, "REMINDER")).isEmpty();

        now("2026-09-30T09:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "REMINDER")).contains("super1").allMatch(this::supervisor);
        assertThat(task(item, "Task_Review")).as("the reminder leaves the review open").isNotNull();
    }

    @Test
    void overdueReviewTellsTheSupervisorsAndEscalatesToLeadershipTheMomentItsDueDayEnds() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("契税征收衔接不畅", "tax", "2026-12-31"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-24T10:00:00");
        report(item);
        assertThat(timer(caseNumber, "Timer_ReviewOverdue").getDuedate()).isEqualTo(at("2026-10-09T23:59:59"));

        now("2026-10-09T23:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "OVERDUE")).isEmpty();
        assertThat(notified(caseNumber, "ESCALATION")).isEmpty();

        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "OVERDUE")).contains("super1").allMatch(this::supervisor);
        assertThat(notified(caseNumber, "ESCALATION")).contains("lead1").allMatch(this::leader);
        assertThat(jdbc.queryForList("SELECT department_id FROM case_departments WHERE case_number = ?",
                String.class, caseNumber)).contains("leadership");
        // the supervisor still has to decide; the unit's item is not overdue
        assertThat(task(item, "Task_Review")).isNotNull();
        assertThat(light(item)).isEqualTo("GREEN");
    }

    @Test
    void reviewCompletedInTimeCancelsItsReminderAndEscalation() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("个税汇算辅导不足", "tax", "2026-12-31"),
                item("涉税执行信息共享不及时", "court", "2026-12-31"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-24T10:00:00");
        report(item);
        now("2026-09-28T15:00:00");
        accept(item);
        assertThat(itemRow(item)).containsEntry("status", "CLOSED");
        assertThat(timer(caseNumber, "Timer_ReviewReminder")).isNull();
        assertThat(timer(caseNumber, "Timer_ReviewOverdue")).isNull();

        // the batch goes on with the court's item; nothing about the finished review fires
        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(ended(caseNumber)).isFalse();
        assertThat(notified(caseNumber, "REMINDER")).isEmpty();
        assertThat(notified(caseNumber, "OVERDUE")).isEmpty();
        assertThat(notified(caseNumber, "ESCALATION")).isEmpty();
    }

    @Test
    void extensionRequestWaitingForTheSupervisorIsRemindedThenEscalatedToLeadership() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("房产税漏征", "tax", "2026-12-31"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-24T10:00:00");
        requestExtension(item);

        assertThat(task(item, "Task_ReviewExtension").getDueDate()).isEqualTo(at("2026-10-09T23:59:59"));
        now("2026-09-29T18:00:00");
        assertThat(runDueJobs(caseNumber)).isZero();

        now("2026-09-30T09:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "REMINDER")).contains("super1").allMatch(this::supervisor);
        assertThat(notified(caseNumber, "ESCALATION")).isEmpty();

        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "OVERDUE")).contains("super1").allMatch(this::supervisor);
        assertThat(notified(caseNumber, "ESCALATION")).contains("lead1").allMatch(this::leader);
        assertThat(task(item, "Task_ReviewExtension")).isNotNull();
    }

    @Test
    void extensionDecidedInTimeCancelsItsReminderAndEscalation() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("车船税代收不规范", "tax", "2026-12-31"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-24T10:00:00");
        requestExtension(item);
        now("2026-09-29T10:00:00");
        complete(item, "Task_ReviewExtension", Map.of("extensionApproved", false, "extensionComment", "理由不充分"));
        assertThat(timer(caseNumber, "Timer_ExtensionReviewReminder")).isNull();
        assertThat(timer(caseNumber, "Timer_ExtensionReviewOverdue")).isNull();

        now("2026-10-10T00:00:00");
        runDueJobs(caseNumber);
        assertThat(notified(caseNumber, "REMINDER")).isEmpty();
        assertThat(notified(caseNumber, "OVERDUE")).isEmpty();
        assertThat(notified(caseNumber, "ESCALATION")).isEmpty();
        assertThat(task(item, "Task_Rectify")).as("back with the unit").isNotNull();
    }

    /** Only the jurisdiction's supervisors hear of it: not the unit (tax1), not another district's users. */
    private boolean supervisor(String user) {
        return member(user, "supervision");
    }

    private boolean leader(String user) {
        return member(user, "leadership");
    }

    private boolean member(String user, String group) {
        return identityService.createUserQuery().userId(user).memberOfGroup(group).count() == 1
                && identityService.createTenantQuery().userMember(user).tenantId("lyg").count() == 1;
    }

    private void requestExtension(long item) {
        complete(item, "Task_Rectify", Map.of("unitAction", "EXTEND", "extensionReason", "需跨部门核实",
                "requestedDueDate", "2027-01-29"));
    }
}

package com.taxcollab.bankruptcy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.court.CourtRequests;
import com.taxcollab.court.CourtScenarioTest;
import com.taxcollab.court.Scenario;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every timer of the bankruptcy process, with a claim deadline just after National Day 2026
 * (中秋 09-25..27 and 国庆 10-01..07 off, Saturday 10-10 a make-up working day).
 */
class BankruptcyDeadlinesTest extends CourtScenarioTest {

    @Test
    void claimRemindersTenAndThreeWorkingDaysBeforeTheDeadlineAndEscalationWhenItIsMissed() {
        // Monday 2026-08-24, 10:00 in Beijing
        Scenario.clockAt("2026-08-24T02:00:00Z");
        ObjectNode request = CourtRequests.bankruptcy("lyg");
        request.put("acceptedOn", "2026-08-20").put("claimDeadline", "2026-10-12").put("firstCreditorsMeeting",
                "2026-10-20");
        String caseNumber = CourtRequests.open(http, "court1", request);

        // acknowledgement: 3 working days, reminder 1 before, overdue to the supervisors
        assertThat(scenario.fire(caseNumber, "Timer_AcknowledgeCaseReminder"))
                .isEqualTo(Instant.parse("2026-08-26T01:00:00Z"));
        assertThat(scenario.fire(caseNumber, "Timer_AcknowledgeCaseOverdue"))
                .isEqualTo(Instant.parse("2026-08-27T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(1);
        // the jurisdiction's supervisors (other tests may add some to lyg) and the department
        assertThat(scenario.told(caseNumber, "OVERDUE")).contains("super1", "tax1").doesNotContain("court1");
        scenario.complete(caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 1000));

        // the claim: 10 working days before Monday 10-12 is Monday 09-21, 3 before is Thursday 10-08
        assertThat(scenario.fire(caseNumber, "Timer_ClaimReminder10")).isEqualTo(Instant.parse("2026-09-21T01:00:00Z"));
        assertThat(scenario.fire(caseNumber, "Timer_ClaimReminder3")).isEqualTo(Instant.parse("2026-10-08T01:00:00Z"));
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(3);
        assertThat(scenario.fire(caseNumber, "Timer_ClaimOverdue")).isEqualTo(Instant.parse("2026-10-12T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "ESCALATION")).filteredOn("lead1"::equals).hasSize(1);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_DeclareClaim");
        scenario.complete(caseNumber, "Task_DeclareClaim", Map.of("claimAmount", 1000));

        // the meeting on Tuesday 10-20: reminder on Monday 10-19, overdue when the day has passed unrecorded
        assertThat(scenario.fire(caseNumber, "Timer_MeetingReminder")).isEqualTo(Instant.parse("2026-10-19T01:00:00Z"));
        assertThat(scenario.fire(caseNumber, "Timer_MeetingOverdue")).isEqualTo(Instant.parse("2026-10-20T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "OVERDUE")).filteredOn("tax1"::equals).hasSize(2);
        scenario.complete(caseNumber, "Task_AttendCreditorsMeeting", Map.of("meetingAttended", true));

        // distribution and deregistration keep the same pattern
        assertThat(CourtRequests.report(http, "court1", caseNumber, BankruptcyScenarioTest.DISTRIBUTION)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        scenario.fire(caseNumber, "Timer_RecordDistributionReminder");
        scenario.fire(caseNumber, "Timer_RecordDistributionOverdue");
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(5);
        assertThat(scenario.told(caseNumber, "OVERDUE")).filteredOn("tax1"::equals).hasSize(3);
        scenario.complete(caseNumber, "Task_RecordDistribution", Map.of("distributionReceived", 100));
        assertThat(CourtRequests.report(http, "court1", caseNumber, BankruptcyScenarioTest.TERMINATED)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        scenario.fire(caseNumber, "Timer_CompleteDeregistrationReminder");
        scenario.fire(caseNumber, "Timer_CompleteDeregistrationOverdue");
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(6);
        assertThat(scenario.told(caseNumber, "OVERDUE")).filteredOn("tax1"::equals).hasSize(4);
        scenario.complete(caseNumber, "Task_CompleteDeregistration", Map.of("deregisteredOn", "2026-12-01"));

        assertThat(scenario.ended(caseNumber)).isTrue();
    }
}

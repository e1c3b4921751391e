package com.taxcollab.auction;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.court.CourtRequests;
import com.taxcollab.court.CourtScenarioTest;
import com.taxcollab.court.Scenario;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every timer of the auction process, in working days across National Day 2026 (10-01..07 off,
 * Saturday 10-10 a make-up working day), told to the people of the case's jurisdiction.
 */
class CourtAuctionDeadlinesTest extends CourtScenarioTest {

    @Test
    void everyStepRemindsBeforeItsDeadlineAndEscalatesWhenItPasses() {
        // Monday 2026-09-28, 10:00 in Beijing
        Scenario.clockAt("2026-09-28T02:00:00Z");
        String caseNumber = CourtRequests.open(http, "court1", CourtRequests.auction("lyg"));

        // guidance: 5 working days = 09-29, 09-30, 10-08, 10-09, Saturday 10-10
        assertThat(scenario.task(caseNumber, "Task_IssueGuidance").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-10-10T15:59:59Z"));
        assertThat(scenario.fire(caseNumber, "Timer_IssueGuidanceReminder"))
                .isEqualTo(Instant.parse("2026-10-08T01:00:00Z"));
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(1);
        assertThat(scenario.fire(caseNumber, "Timer_IssueGuidanceOverdue"))
                .isEqualTo(Instant.parse("2026-10-10T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "ESCALATION")).filteredOn("lead1"::equals).hasSize(1);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_IssueGuidance");
        scenario.complete(caseNumber, "Task_IssueGuidance", Map.of(AuctionVariables.KNOWN_ARREARS, 0));

        // the court has 60 calendar days from the guidance (issued late on 10-10); without news it is reminded, and the step stays open
        assertThat(scenario.fire(caseNumber, "Timer_AuctionResultReminder"))
                .isEqualTo(Instant.parse("2026-12-09T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("court1"::equals).hasSize(1);
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(1);
        assertThat(CourtRequests.report(http, "court1", caseNumber, CourtAuctionScenarioTest.SOLD).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        // assessment: 3 working days from Wednesday 12-09 = 12-10, 12-11, 12-14
        assertThat(scenario.task(caseNumber, "Task_AssessTaxes").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-14T15:59:59Z"));
        assertThat(scenario.fire(caseNumber, "Timer_AssessTaxesReminder"))
                .isEqualTo(Instant.parse("2026-12-11T01:00:00Z"));
        assertThat(scenario.fire(caseNumber, "Timer_AssessTaxesOverdue"))
                .isEqualTo(Instant.parse("2026-12-14T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("court1"::equals).hasSize(1);
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(2);
        assertThat(scenario.told(caseNumber, "ESCALATION")).filteredOn("lead1"::equals).hasSize(2);
        scenario.complete(caseNumber, "Task_AssessTaxes", Map.of(AuctionVariables.ASSESSED_SELLER_TAXES, 100,
                AuctionVariables.ASSESSED_BUYER_TAXES, 0));

        // the court's collection: overdue goes to the court and the jurisdiction's supervisors
        scenario.fire(caseNumber, "Timer_AssistCollectionReminder");
        scenario.fire(caseNumber, "Timer_AssistCollectionOverdue");
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("court1"::equals).hasSize(2);
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(2);
        // (other tests may add supervisors of lyg: the jurisdiction's supervisors, whoever they are, are told)
        assertThat(scenario.told(caseNumber, "OVERDUE")).contains("court1", "super1").doesNotContain("tax1");
        scenario.complete(caseNumber, "Task_AssistCollection", Map.of(AuctionVariables.COLLECTED_AMOUNT, 100));

        scenario.fire(caseNumber, "Timer_ConfirmReceiptReminder");
        scenario.fire(caseNumber, "Timer_ConfirmReceiptOverdue");
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("court1"::equals).hasSize(2);
        assertThat(scenario.told(caseNumber, "REMINDER")).filteredOn("tax1"::equals).hasSize(3);
        assertThat(scenario.told(caseNumber, "OVERDUE")).filteredOn("tax1"::equals).hasSize(1);
        assertThat(scenario.told(caseNumber, "OVERDUE")).filteredOn("super1"::equals).hasSize(2);
        scenario.complete(caseNumber, "Task_ConfirmReceipt", Map.of(AuctionVariables.RECEIVED_AMOUNT, 100));

        assertThat(scenario.ended(caseNumber)).isTrue();
    }
}

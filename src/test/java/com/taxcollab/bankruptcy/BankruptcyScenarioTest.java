package com.taxcollab.bankruptcy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.court.CourtRequests;
import com.taxcollab.court.CourtScenarioTest;
import com.taxcollab.court.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Bankruptcy notification on PostgreSQL: the whole procedure, termination mid-way, a rescheduled meeting. */
class BankruptcyScenarioTest extends CourtScenarioTest {

    static final String DISTRIBUTION = "{\"type\":\"DISTRIBUTION\",\"amount\":152300.55,\"date\":\"2027-03-15\"}";
    static final String TERMINATED = "{\"type\":\"PROCEDURE_TERMINATED\",\"date\":\"2027-06-30\","
            + "\"ruling\":\"（2026）苏0706破12号之三\"}";

    String caseNumber;

    @BeforeEach
    void courtAcceptsTheBankruptcy() {
        // Monday 2026-11-23, 10:00 in Beijing
        Scenario.clockAt("2026-11-23T02:00:00Z");
        caseNumber = CourtRequests.open(http, "hzcourt1", CourtRequests.bankruptcy("haizhou"));
    }

    @Test
    void taxDeclaresItsClaimAttendsTheMeetingRecordsTheDistributionAndDeregistersWhenTheCourtEndsIt() {
        assertThat(scenario.task(caseNumber, "Task_AcknowledgeCase").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-11-26T15:59:59Z"));
        scenario.complete(caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 85000, "arrearsLateFees", 1200.5,
                "arrearsFines", 0, "arrearsSocialInsurance", 30000));

        assertThat(scenario.task(caseNumber, "Task_DeclareClaim").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-01-20T15:59:59Z"));
        assertThat(show().get("keyDates").get("claimDeadline").asText()).isEqualTo("2027-01-20");
        scenario.complete(caseNumber, "Task_DeclareClaim", Map.of("claimAmount", 116200.5));

        assertThat(scenario.task(caseNumber, "Task_AttendCreditorsMeeting").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-01-30T15:59:59Z"));
        assertThat(report(DISTRIBUTION).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_AttendCreditorsMeeting",
                "Task_RecordDistribution");
        scenario.complete(caseNumber, "Task_AttendCreditorsMeeting", Map.of("meetingAttended", true));
        scenario.complete(caseNumber, "Task_RecordDistribution", Map.of("distributionReceived", 152300.55));
        assertThat(show().get("currentSteps").get(0).get("step").asText()).isEqualTo("Task_AwaitProcedureEnd");

        assertThat(report(TERMINATED).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_CompleteDeregistration");
        scenario.complete(caseNumber, "Task_CompleteDeregistration", Map.of("deregisteredOn", "2027-07-10"));

        assertThat(scenario.ended(caseNumber)).isTrue();
        assertThat(show().get("status").asText()).isEqualTo("CLOSED");
        assertThat(show().get("events").size()).isEqualTo(2);
        assertThat(scenario.told(caseNumber, "CASE_CLOSED")).containsExactly("hzcourt1");
    }

    @Test
    void terminationMidwayEndsTheOpenWorkAndItsTimersLeavingOnlyTheDeregistration() {
        scenario.complete(caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 0));
        assertThat(report(DISTRIBUTION).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_DeclareClaim", "Task_RecordDistribution");

        assertThat(report(TERMINATED).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        BpmnAwareTests.assertThat(instance(caseNumber)).isWaitingAt("Task_CompleteDeregistration")
                .hasPassed("StartEvent_ProcedureTerminated").hasNotPassed("Task_AttendCreditorsMeeting");
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_CompleteDeregistration");
        assertThat(scenario.hasTimer(caseNumber, "Timer_ClaimOverdue")).isFalse();
        assertThat(scenario.hasTimer(caseNumber, "Timer_RecordDistributionOverdue")).isFalse();
        assertThat(scenario.variable(caseNumber, BankruptcyVariables.TERMINATED_ON)).isEqualTo("2027-06-30");
        // the procedure ends once: the same report again is answered with the case as it is, a different one refused
        assertThat(report(TERMINATED).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_CompleteDeregistration");
        assertThat(report(TERMINATED.replace("2027-06-30", "2027-07-01")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aRescheduledMeetingMovesTheMeetingStepWithItsReminder() {
        // before the meeting step begins, the new date is simply kept
        assertThat(report("{\"type\":\"MEETING_RESCHEDULED\",\"date\":\"2027-02-02\"}").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        scenario.complete(caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 0));
        scenario.complete(caseNumber, "Task_DeclareClaim", Map.of("claimAmount", 0));
        assertThat(scenario.task(caseNumber, "Task_AttendCreditorsMeeting").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-02-02T15:59:59Z"));

        assertThat(report("{\"type\":\"MEETING_RESCHEDULED\",\"date\":\"2027-02-04\"}").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        assertThat(scenario.task(caseNumber, "Task_AttendCreditorsMeeting").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-02-04T15:59:59Z"));
        // reminder the working day before: Wednesday 2027-02-03, 09:00 in Beijing
        assertThat(scenario.timer(caseNumber, "Timer_MeetingReminder").getDuedate().toInstant())
                .isEqualTo(Instant.parse("2027-02-03T01:00:00Z"));
    }

    @Test
    void eventsOfAnotherKindOfCaseOrWithBadFieldsAreRefused() {
        ResponseEntity<JsonNode> auctionResult = report("{\"type\":\"AUCTION_RESULT\",\"result\":\"SOLD\"}");
        assertThat(auctionResult.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auctionResult.getBody().get("errors").get(0).get("field").asText()).isEqualTo("type");

        ResponseEntity<JsonNode> badDistribution = report("{\"type\":\"DISTRIBUTION\",\"amount\":1.234}");
        assertThat(badDistribution.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDistribution.getBody().get("errors").size()).isEqualTo(2);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_AcknowledgeCase");
    }

    private JsonNode show() {
        ResponseEntity<JsonNode> response = CourtRequests.show(http, "hzcourt1", caseNumber);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void twentyIdenticalDistributionReportsAtOnceHaveOneEffect() throws Exception {
        scenario.complete(caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 0));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<java.util.concurrent.Future<HttpStatus>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> (HttpStatus) report(DISTRIBUTION).getStatusCode()));
        }
        List<HttpStatus> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(HttpStatus.ACCEPTED::equals).hasSize(1);
        assertThat(statuses).filteredOn(HttpStatus.OK::equals).hasSize(19);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_DeclareClaim", "Task_RecordDistribution");
        assertThat(show().get("events").size()).isEqualTo(1);
    }

    private ResponseEntity<JsonNode> report(String event) {
        return CourtRequests.report(http, "hzcourt1", caseNumber, event);
    }
}

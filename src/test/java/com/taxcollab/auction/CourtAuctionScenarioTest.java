package com.taxcollab.auction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.court.CourtRequests;
import com.taxcollab.court.CourtScenarioTest;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Court auction tax guidance on PostgreSQL: sold, unsold then sold, withdrawn. */
class CourtAuctionScenarioTest extends CourtScenarioTest {

    static final String SOLD = "{\"type\":\"AUCTION_RESULT\",\"result\":\"SOLD\",\"date\":\"2026-12-20\","
            + "\"price\":900000.00,\"buyer\":{\"name\":\"李四\",\"idNumber\":\"320706199003070023\"}}";
    static final String UNSOLD = "{\"type\":\"AUCTION_RESULT\",\"result\":\"UNSOLD\",\"date\":\"2026-12-20\","
            + "\"nextPlannedDate\":\"2027-01-15\"}";
    static final String WITHDRAWN = "{\"type\":\"AUCTION_RESULT\",\"result\":\"WITHDRAWN\",\"date\":\"2026-12-18\"}";

    String caseNumber;

    @BeforeEach
    void courtSubmitsTheProperty() {
        // Tuesday 2026-12-01, 10:00 in Beijing
        com.taxcollab.court.Scenario.clockAt("2026-12-01T02:00:00Z");
        caseNumber = CourtRequests.open(http, "hzcourt1", CourtRequests.auction("haizhou"));
    }

    @Test
    void soldPropertyGetsGuidanceThenAssessedTaxesCollectedAndConfirmed() {
        assertThat(scenario.task(caseNumber, "Task_IssueGuidance").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-08T15:59:59Z"));
        assertThat(scenario.told(caseNumber, "TASK_CREATED")).contains("hztax1").doesNotContain("tax1");
        JsonNode beforeGuidance = show();
        assertThat(beforeGuidance.get("currentSteps").get(0).get("step").asText()).isEqualTo("Task_IssueGuidance");
        assertThat(beforeGuidance.get("issued")).isEmpty();
        assertThat(report(SOLD).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        scenario.complete(caseNumber, "Task_IssueGuidance", Map.of(AuctionVariables.KNOWN_ARREARS, 12000,
                AuctionVariables.GUIDANCE_NOTES, "被执行人名下另有欠税，请在拍卖公告中列明。"));

        JsonNode guidance = show().get("issued").get(0);
        assertThat(guidance.get("kind").asText()).isEqualTo("TAX_GUIDANCE");
        assertThat(taxAmount(guidance, "增值税")).isEqualByComparingTo("25200.00");
        assertThat(taxAmount(guidance, "契税")).isEqualByComparingTo("8400.00");
        assertThat(guidance.get("content").get("knownArrears").asInt()).isEqualTo(12000);
        ResponseEntity<byte[]> pdf = http.withBasicAuth("hzcourt1", "demo")
                .getForEntity(guidance.get("document").get("href").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(show().get("currentSteps").get(0).get("step").asText()).isEqualTo("Task_ReportAuctionResult");

        assertThat(report(SOLD).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_AssessTaxes");
        scenario.complete(caseNumber, "Task_AssessTaxes", Map.of(AuctionVariables.ASSESSED_SELLER_TAXES, 31500.5,
                AuctionVariables.ASSESSED_BUYER_TAXES, 9000, AuctionVariables.ASSESSMENT_NOTES, "增值税 27000 元等"));
        JsonNode assessment = show().get("issued").get(1);
        assertThat(assessment.get("kind").asText()).isEqualTo("TAX_ASSESSMENT");
        assertThat(assessment.get("content").get("sellerTaxes").decimalValue()).isEqualByComparingTo("31500.5");
        assertThat(assessment.get("content").get("salePrice").asDouble()).isEqualTo(900000.0);
        assertThat(scenario.told(caseNumber, "TASK_CREATED")).contains("hzcourt1");
        scenario.complete(caseNumber, "Task_AssistCollection", Map.of(AuctionVariables.COLLECTED_AMOUNT, 31500.5));
        scenario.complete(caseNumber, "Task_ConfirmReceipt", Map.of(AuctionVariables.RECEIVED_AMOUNT, 31500.5,
                AuctionVariables.RECEIPT_NUMBER, "332066260000123456"));

        assertThat(scenario.ended(caseNumber)).isTrue();
        assertThat(show().get("status").asText()).isEqualTo("CLOSED");
        assertThat(scenario.told(caseNumber, "CASE_CLOSED")).containsExactly("hzcourt1");
    }

    @Test
    void unsoldPropertyGoesToAnotherRoundAndIsSoldThere() {
        scenario.complete(caseNumber, "Task_IssueGuidance", Map.of(AuctionVariables.KNOWN_ARREARS, 0));

        assertThat(report(UNSOLD).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_ReportAuctionResult");
        assertThat(((Number) scenario.variable(caseNumber, AuctionVariables.AUCTION_ROUND)).intValue()).isEqualTo(2);
        assertThat(scenario.variable(caseNumber, AuctionVariables.PLANNED_DATE)).isEqualTo("2027-01-15");
        // the second round's result comes from a court clerk in Tasklist this time
        scenario.complete(caseNumber, "Task_ReportAuctionResult", Map.of(AuctionVariables.AUCTION_RESULT, "SOLD",
                AuctionVariables.SALE_PRICE, 700000, AuctionVariables.SALE_DATE, "2027-01-15",
                AuctionVariables.BUYER_NAME, "王五"));
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_AssessTaxes");
        assertThat(show().get("events").size()).isEqualTo(1);
        assertThat(((Number) scenario.variable(caseNumber, AuctionVariables.AUCTION_ROUND)).intValue()).isEqualTo(2);
    }

    @Test
    void withdrawnAuctionClosesTheCaseAndLaterEventsAreRefused() {
        scenario.complete(caseNumber, "Task_IssueGuidance", Map.of(AuctionVariables.KNOWN_ARREARS, 0));
        ProcessInstance instance = instance(caseNumber);

        assertThat(report(WITHDRAWN).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Event_AuctionResultReported", "EndEvent_Withdrawn")
                .hasNotPassed("Task_AssessTaxes");

        assertThat(scenario.ended(caseNumber)).isTrue();
        assertThat(scenario.caseStatus(caseNumber)).isEqualTo("CLOSED");
        ResponseEntity<JsonNode> late = report(SOLD);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aBadAuctionResultIsRefusedAndChangesNothing() {
        scenario.complete(caseNumber, "Task_IssueGuidance", Map.of(AuctionVariables.KNOWN_ARREARS, 0));

        ResponseEntity<JsonNode> refused = report("{\"type\":\"AUCTION_RESULT\",\"result\":\"SOLD\",\"date\":\"2026-12-20\","
                + "\"price\":-1}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(StreamSupport.stream(refused.getBody().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText())).containsExactlyInAnyOrder("price", "buyer.name");
        assertThat(scenario.openTasks(caseNumber)).containsExactly("Task_ReportAuctionResult");
        assertThat(report("{\"type\":\"DISTRIBUTION\",\"amount\":1,\"date\":\"2026-12-20\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode show() {
        ResponseEntity<JsonNode> response = CourtRequests.show(http, "hzcourt1", caseNumber);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> report(String event) {
        return CourtRequests.report(http, "hzcourt1", caseNumber, event);
    }

    private static java.math.BigDecimal taxAmount(JsonNode issued, String tax) {
        return StreamSupport.stream(issued.get("content").get("taxes").spliterator(), false)
                .filter(t -> t.get("tax").asText().equals(tax)).findFirst().orElseThrow()
                .get("estimatedAmount").decimalValue();
    }
}

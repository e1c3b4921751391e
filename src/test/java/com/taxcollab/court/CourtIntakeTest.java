package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

class CourtIntakeTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void aCourtSubmitsAnAuctionCaseAndGetsItsNumberStatusAndLinks() {
        ResponseEntity<JsonNode> created = CourtRequests.submit(http, "hzcourt1", CourtRequests.auction("haizhou"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = created.getBody().get("caseNumber").asText();
        assertThat(caseNumber).matches("PM-\\d{4}-\\d{6}");
        assertThat(created.getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(created.getBody().get("links").get("self").asText()).isEqualTo("/api/court/cases/" + caseNumber);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/court/cases/" + caseNumber);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("CourtAuctionTaxGuidanceProcess").singleResult().getTenantId())
                .isEqualTo("haizhou");
    }

    @Test
    void aCourtSubmitsABankruptcyCaseAndTheTaxBureauOfTheDebtorsJurisdictionIsToldAtOnce() {
        String caseNumber = CourtRequests.open(http, "hzcourt1", CourtRequests.bankruptcy("haizhou"));

        assertThat(caseNumber).matches("PC-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForList("SELECT recipient FROM notifications WHERE case_number = ? AND event = 'TASK_CREATED'",
                String.class, caseNumber)).contains("hztax1").doesNotContain("tax1");
    }

    @Test
    void submittingTheSameCourtCaseNumberAndTypeAgainReturnsTheExistingCase() {
        ObjectNode request = CourtRequests.auction("haizhou");
        String first = CourtRequests.open(http, "hzcourt1", request);
        // the same 案号 with ASCII brackets is the same court case
        request.put("courtCaseNumber", request.get("courtCaseNumber").asText().replace('（', '(').replace('）', ')'));

        ResponseEntity<JsonNode> again = CourtRequests.submit(http, "hzcourt1", request);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("caseNumber").asText()).isEqualTo(first);
        assertThat(casesOf(request)).isEqualTo(1);
    }

    @Test
    void theSameCourtCaseNumberOfAnotherTypeIsAnotherCase() {
        ObjectNode auction = CourtRequests.auction("haizhou");
        ObjectNode bankruptcy = CourtRequests.bankruptcy("haizhou");
        bankruptcy.put("courtCaseNumber", auction.get("courtCaseNumber").asText());

        String auctionCase = CourtRequests.open(http, "hzcourt1", auction);
        String bankruptcyCase = CourtRequests.open(http, "hzcourt1", bankruptcy);

        assertThat(bankruptcyCase).isNotEqualTo(auctionCase);
    }

    @Test
    void twentyIdenticalConcurrentSubmissionsMakeExactlyOneCase() throws Exception {
        ObjectNode request = CourtRequests.auction("haizhou");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<ResponseEntity<JsonNode>> submit = () -> {
                    start.await();
                    return CourtRequests.submit(http, "hzcourt1", request);
                };
                answers.add(pool.submit(submit));
            }
            start.countDown();
            Set<String> caseNumbers = new HashSet<>();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                ResponseEntity<JsonNode> response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
                caseNumbers.add(response.getBody().get("caseNumber").asText());
            }
            assertThat(caseNumbers).hasSize(1);
            assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.OK);
            assertThat(statuses.stream().filter(HttpStatus.CREATED::equals)).hasSize(1);
            assertThat(casesOf(request)).isEqualTo(1);
            assertThat(runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumbers.iterator().next()).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCourtCannotSeeOrReportOnAnotherCourtsCase() {
        String lygCase = CourtRequests.open(http, "court1", CourtRequests.auction("lyg"));

        assertThat(CourtRequests.show(http, "court1", lygCase).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(CourtRequests.show(http, "hzcourt1", lygCase).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(CourtRequests.report(http, "hzcourt1", lygCase,
                "{\"type\":\"AUCTION_RESULT\",\"result\":\"WITHDRAWN\",\"date\":\"2026-12-18\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(CourtRequests.show(http, "hzcourt1", "PM-2026-999999").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForList("SELECT user_id || ':' || granted FROM case_audit WHERE case_number = ?"
                + " AND action = 'CASE_API' ORDER BY id", String.class, lygCase))
                .containsExactly("court1:true", "hzcourt1:false", "hzcourt1:false");
    }

    @Test
    void aCourtCannotSubmitIntoAJurisdictionItDoesNotServe() {
        ResponseEntity<JsonNode> refused = CourtRequests.submit(http, "hzcourt1", CourtRequests.auction("lyg"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("jurisdiction");
    }

    @Test
    void onlyCourtAccountsMaySubmit() {
        ResponseEntity<JsonNode> refused = CourtRequests.submit(http, "hztax1", CourtRequests.auction("haizhou"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        assertThat(http.getForEntity("/api/court/cases/PM-2026-000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private int casesOf(JsonNode request) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM court_cases WHERE court_case_number = ?", Integer.class,
                request.get("courtCaseNumber").asText().replace('(', '（').replace(')', '）'));
    }
}

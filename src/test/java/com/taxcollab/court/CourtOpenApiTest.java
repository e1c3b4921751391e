package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The court API's OpenAPI description: every endpoint with examples, for logged-in users only. */
class CourtOpenApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void describesEveryCourtEndpointWithExamples() {
        ResponseEntity<JsonNode> docs = http.withBasicAuth("court1", "demo").getForEntity("/v3/api-docs", JsonNode.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = docs.getBody().get("paths");
        JsonNode submit = paths.get("/api/court/cases").get("post");
        assertThat(submit.get("requestBody").toString()).contains("AUCTION_TAX_GUIDANCE", "BANKRUPTCY");
        assertThat(submit.get("responses").fieldNames()).toIterable().contains("200", "201", "400");
        assertThat(submit.get("responses").get("201").toString()).contains("example", "PM-2026-000001");
        JsonNode show = paths.get("/api/court/cases/{caseNumber}").get("get");
        assertThat(show.get("responses").get("200").toString()).contains("example", "currentSteps");
        JsonNode events = paths.get("/api/court/cases/{caseNumber}/events").get("post");
        for (String event : List.of("AUCTION_RESULT", "DISTRIBUTION", "PROCEDURE_TERMINATED", "MEETING_RESCHEDULED")) {
            assertThat(events.get("requestBody").toString()).contains(event);
        }
        assertThat(events.get("responses").fieldNames()).toIterable().contains("202", "400", "404", "409");
        assertThat(paths.fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void theDescriptionAndSwaggerUiNeedALogin() {
        ResponseEntity<String> anonymous = http.getForEntity("/v3/api-docs", String.class);
        // an anonymous browser is sent to the login page
        assertThat(anonymous.getBody()).doesNotContain("\"openapi\"");
        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}

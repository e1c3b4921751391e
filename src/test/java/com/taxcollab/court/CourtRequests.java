package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The request examples, each with a 案号 of its own (all tests share one database). */
public final class CourtRequests {

    public static final String HAIZHOU_COURT = "连云港市海州区人民法院";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 400_000) + 1);

    private CourtRequests() {
    }

    public static String newCourtCaseNumber(String typeWord) {
        return "（2026）苏0706" + typeWord + SERIAL.incrementAndGet() + "号";
    }

    public static ObjectNode auction(String jurisdiction) {
        return (ObjectNode) read(CourtApiExamples.AUCTION.replace("（2026）苏0706执123号", newCourtCaseNumber("执"))
                .replace("\"haizhou\"", "\"" + jurisdiction + "\""));
    }

    public static ObjectNode bankruptcy(String jurisdiction) {
        return (ObjectNode) read(CourtApiExamples.BANKRUPTCY.replace("（2026）苏0706破12号", newCourtCaseNumber("破"))
                .replace("\"haizhou\"", "\"" + jurisdiction + "\""));
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate http, String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>(body instanceof JsonNode node ? node.toString() : body, headers), JsonNode.class);
    }

    public static ResponseEntity<JsonNode> submit(TestRestTemplate http, String user, JsonNode body) {
        return post(http, user, "/api/court/cases", body);
    }

    public static ResponseEntity<JsonNode> report(TestRestTemplate http, String user, String caseNumber, String event) {
        return post(http, user, "/api/court/cases/" + caseNumber + "/events", read(event));
    }

    public static ResponseEntity<JsonNode> show(TestRestTemplate http, String user, String caseNumber) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/court/cases/" + caseNumber, JsonNode.class);
    }

    /** Submits and returns the new case number. */
    public static String open(TestRestTemplate http, String user, JsonNode body) {
        ResponseEntity<JsonNode> created = submit(http, user, body);
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("expected 201, got " + created.getStatusCode() + ": " + created.getBody());
        }
        return created.getBody().get("caseNumber").asText();
    }
}

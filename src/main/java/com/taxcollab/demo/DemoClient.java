package com.taxcollab.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The demo users at work on the product's own API, over HTTP like any client; all their passwords are "demo". */
final class DemoClient {

    private final RestClient http;

    DemoClient(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
    }

    /** Posts as the user and returns the case number the answer names. */
    String post(String user, String path, Object body) {
        JsonNode answer = http.post().uri(path).header("Authorization", basic(user))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
        return answer == null ? null : DemoCases.caseNumber(answer);
    }

    /** Asks as the user and returns the answer. */
    JsonNode get(String user, String path, Object... uriVariables) {
        return http.get().uri(path, uriVariables).header("Authorization", basic(user)).retrieve()
                .body(JsonNode.class);
    }

    /** Completes the user's task of that kind in the case. */
    void complete(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        JsonNode tasks = http.get().uri("/api/tasks").header("Authorization", basic(user)).retrieve()
                .body(JsonNode.class);
        for (JsonNode task : tasks) {
            if (caseNumber.equals(task.path("caseNumber").asText()) && taskKey.equals(task.path("taskKey").asText())) {
                http.post().uri("/api/tasks/{id}/complete", task.path("id").asText()).header("Authorization", basic(user))
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", values)).retrieve()
                        .toBodilessEntity();
                return;
            }
        }
        throw new IllegalStateException(user + " has no " + taskKey + " in " + caseNumber);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

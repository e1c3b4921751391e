package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A returned item's second review, worked in Tasklist as a supervisor would: its form opens empty,
 * and the answer given there reaches the case (the item is closed out).
 */
class RevisitedFormsTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aSecondReviewOpensEmptyInTasklistAndItsAnswerReachesTheCase() {
        String batch = (String) http.withBasicAuth("super1", "demo").postForEntity("/api/rectifications", Map.of(
                "title", "复审测试", "jurisdiction", "lyg", "items", List.of(Map.of("problem", "复审问题",
                        "requirement", "限期整改", "department", "tax", "personName", "张三", "dueDate", "2099-01-15"))),
                Map.class).getBody().get("caseNumber");
        complete("tax1", batch, "Task_Rectify", Map.of("unitAction", "REPORT", "rectificationReport", "已整改"));
        complete("super1", batch, "Task_Review", Map.of("reviewDecision", "RETURN", "reviewComment", "证据不全",
                "newDueDate", "2099-02-15"));
        complete("tax1", batch, "Task_Rectify", Map.of("unitAction", "REPORT", "rectificationReport", "补充证据"));

        Task second = task(batch, "Task_Review");
        WebSession super1 = WebSession.loggedIn(port, "super1");
        String formVariables = super1.get("/camunda/api/engine/engine/default/task/" + second.getId()
                + "/form-variables").body();
        assertThat(formVariables).as("the earlier decision is not offered again")
                .doesNotContain("\"value\":\"RETURN\"", "证据不全");
        var submitted = super1.json("POST", "/camunda/api/engine/engine/default/task/" + second.getId() + "/submit-form",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"ACCEPT\"}, \"reviewComment\": {\"value\": \"同意销号\"}}}",
                "X-XSRF-TOKEN", super1.webappToken());

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT status FROM rectification_items WHERE case_number = ?", String.class,
                batch)).isEqualTo("CLOSED");
    }

    private void complete(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task(caseNumber, taskKey).getId()
                + "/complete", Map.of("variables", values), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private Task task(String caseNumber, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .singleResult();
    }
}

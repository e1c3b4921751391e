package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.ThrowawayOfficers;
import com.taxcollab.system.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 代理: an officer going on leave names a colleague; during the period the colleague finds the officer's
 * claimed task in 待办 marked 代理, completes it in their own name, and the timeline and audit say 代.
 */
class SubstitutionTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    ThrowawayOfficers officers;
    String absent;
    String substitute;
    String caseNumber;
    Task negotiation;

    @BeforeEach
    void anOfficerHoldsATask() {
        officers = new ThrowawayOfficers(identityService);
        String court = officers.officer("lycourt", "court", "连法官");
        absent = officers.officer("lytax", "tax", "王税务");
        substitute = officers.officer("lytax", "tax", "李税务");
        caseNumber = (String) http.withBasicAuth(court, "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", ThrowawayOfficers.JURISDICTION, "departments", List.of("court", "tax"),
                "matter", "代理测试争议", "description", "经办人休假期间由同事代理"), Map.class).getBody().get("caseNumber");
        negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");
        assertThat(post(absent, "/api/tasks/" + negotiation.getId() + "/claim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @AfterEach
    void officersLeave() {
        jdbc.update("DELETE FROM substitutions WHERE user_id LIKE 'lytax%'");
        officers.leave();
    }

    @Test
    void theSubstituteFindsTheAbsentOfficersTaskAndCompletesItForThem() {
        assertThat(todo(substitute)).as("before the leave").doesNotContain(negotiation.getId());
        LocalDate today = LocalDate.now(ChinaTime.ZONE);

        ResponseEntity<Map> set = put(absent, "/api/me/substitute", Map.of("substitute", substitute,
                "from", today.toString(), "to", today.plusDays(5).toString()));

        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(set.getBody()).containsEntry("substituteName", "李税务").containsEntry("activeToday", true);
        assertThat(http.withBasicAuth(absent, "demo").getForObject("/api/me/substitute", Map.class))
                .containsEntry("substitute", substitute);
        assertThat(todo(substitute)).contains(negotiation.getId(), "\"onBehalfOf\":\"王税务\"");

        try (Browser browser = Browser.open(port)) {
            browser.loginAs(substitute).go("/workbench");
            WebElement row = browser.await().until(d -> d.findElement(By.id("task-" + negotiation.getId())));
            assertThat(row.getText()).contains("代理（王税务）", caseNumber);
            row.findElement(By.cssSelector("button.open-task")).click();
            assertThat(browser.text(By.id("task-on-behalf"))).contains("代其办理", "王税务");
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("task-complete")));
            browser.driver().findElement(By.xpath("//div[@id='task-form']//label[normalize-space(.)='未达成一致（提交本级政府裁决）']"))
                    .click();
            browser.driver().findElement(By.id("task-complete")).click();
            browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains(negotiation.getId())));

            browser.go("/cases/" + caseNumber);
            assertThat(browser.text(By.id("timeline"))).contains("李税务 代 王税务 办理：税务局牵头协商");
        }
        assertThat(jdbc.queryForObject("SELECT assignee_ FROM act_hi_taskinst WHERE id_ = ?", String.class,
                negotiation.getId())).as("done in the substitute's own name").isEqualTo(substitute);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE user_id = ? AND action = 'TASK_BY_SUBSTITUTE'"
                + " AND case_number = ?", Integer.class, substitute, caseNumber)).isEqualTo(1);
    }

    @Test
    void aSubstituteIsAColleagueOfTheSameDepartmentForAPeriodThatHasNotEnded() {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        String market = officers.officer("lymarket", "market", "连市场");
        Map<String, String> cases = Map.of(
                market, "substitute", absent, "substitute", "nobody", "substitute");
        cases.forEach((who, field) -> {
            ResponseEntity<Map> refused = put(absent, "/api/me/substitute", Map.of("substitute", who,
                    "from", today.toString(), "to", today.plusDays(1).toString()));
            assertThat(refused.getStatusCode()).as(who).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).contains("field=" + field);
        });
        for (Map<String, String> period : List.of(
                Map.of("from", today.toString(), "to", today.minusDays(1).toString()),
                Map.of("from", today.minusDays(9).toString(), "to", today.minusDays(2).toString()),
                Map.of("from", today.toString(), "to", today.plusDays(200).toString()),
                Map.of("from", today.toString(), "to", "明天"))) {
            ResponseEntity<Map> refused = put(absent, "/api/me/substitute", Map.of("substitute", substitute,
                    "from", period.get("from"), "to", period.get("to")));
            assertThat(refused.getStatusCode()).as("%s", period).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).contains("field=to");
        }
        assertThat(put(substitute, "/api/users/" + absent + "/substitute", Map.of("substitute", substitute,
                "from", today.toString(), "to", today.toString())).getStatusCode())
                .as("a colleague may not arrange it for another").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(absent, "demo").getForEntity("/api/me/substitute", String.class).getStatusCode())
                .as("nothing was set").isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(put("super1", "/api/users/" + absent + "/substitute", Map.of("substitute", substitute,
                "from", today.toString(), "to", today.toString())).getStatusCode())
                .as("a supervisor arranges it for an absent officer").isEqualTo(HttpStatus.OK);
        assertThat(todo(substitute)).contains(negotiation.getId());
        assertThat(put(absent, "/api/me/substitute", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(todo(substitute)).as("ended").doesNotContain(negotiation.getId());
    }

    private String todo(String user) {
        return http.withBasicAuth(user, "demo").getForObject("/api/tasks?view=todo", String.class);
    }

    private ResponseEntity<Map> put(String user, String path, Map<String, ?> body) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private ResponseEntity<String> post(String user, String path, Map<String, ?> body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, String.class);
    }
}

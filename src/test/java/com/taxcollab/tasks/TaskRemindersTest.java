package com.taxcollab.tasks;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 批量催办 ({@code POST /api/tasks/remind}): super1 ticks three overdue tasks on the dashboard in Chromium
 * and presses them with a note; each one's people are reminded with it, the timelines show it, the
 * audit trail has it; an officer may not press, and one task out of reach presses none.
 */
class TaskRemindersTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorPressesThreeOverdueTasksFromTheDashboard() {
        List<String> cases = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseNumber = dispute("催办 " + i);
            Task negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");
            // long overdue, so that they head the dashboard's list
            taskService.setDueDate(negotiation.getId(), at("2020-01-0" + (i + 1) + "T17:00:00+08:00"));
            cases.add(caseNumber);
            taskIds.add(negotiation.getId());
        }
        long audited = jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE action = 'TASK_PRESSED'", Long.class);

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1").go("/supervision");
            browser.await().until(ExpectedConditions.attributeToBeNotEmpty(
                    browser.driver().findElement(By.tagName("body")), "data-loaded"));
            for (String taskId : taskIds) {
                browser.driver().findElement(By.cssSelector(".press-task[value='" + taskId + "']")).click();
            }
            browser.driver().findElement(By.id("press-note")).sendKeys("已逾期多日，请本周内办结");
            browser.driver().findElement(By.id("press-selected")).click();
            browser.await().until(d -> d.findElement(By.id("press-result")).getText().contains("已催办"));
            assertThat(browser.text(By.id("press-result"))).isEqualTo("已催办 3 项任务");
        }

        for (String caseNumber : cases) {
            assertThat(new EngineSteps(taskService, managementService, jdbc).notifications("tax1", caseNumber))
                    .contains("REMINDER");
            assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/cases/" + caseNumber, String.class))
                    .contains("催办：已逾期多日，请本周内办结（刘督查）");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE action = 'TASK_PRESSED'", Long.class))
                .isEqualTo(audited + 3);
        // no longer overdue, so that the dashboards of later tests are not about these
        taskIds.forEach(id -> taskService.setDueDate(id, null));
    }

    @Test
    void anOfficerMayNotPressAndATaskOutOfReachPressesNone() {
        String caseNumber = dispute("越权催办");
        Task negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");

        assertThat(remind("tax1", List.of(negotiation.getId())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> refused = remind("super1", List.of(negotiation.getId(), "no-such-task"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("taskIds[1]");
        assertThat(remind("super1", List.of()).getBody()).contains("taskIds");
        assertThat(new EngineSteps(taskService, managementService, jdbc).notifications("tax1", caseNumber))
                .doesNotContain("REMINDER");
    }

    private ResponseEntity<String> remind(String user, List<String> taskIds) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/remind", Map.of("taskIds", taskIds,
                "note", "请抓紧"), String.class);
    }

    private String dispute(String matter) {
        return (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of("jurisdiction",
                "lyg", "departments", List.of("court", "realestate"), "matter", matter, "description", "催办测试"),
                Map.class).getBody().get("caseNumber");
    }
}

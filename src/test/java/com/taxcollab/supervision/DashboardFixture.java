package com.taxcollab.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.support.IntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Dashboard data in one jurisdiction of its own per test: red, yellow and green items, one closed on time. */
abstract class DashboardFixture extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    static void now(String beijing) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    static Map<String, Object> item(String problem, String department, String dueDate) {
        return Map.of("problem", problem, "requirement", "整改", "department", department, "dueDate", dueDate);
    }

    String openBatch(String jurisdiction, Map<?, ?>... items) {
        ResponseEntity<Map> response = rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "看板测试通报", "jurisdiction", jurisdiction, "items", List.of(items)), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }

    void runDueJobs(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        for (int round = 0; round < 5; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable().list();
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** Completes the first open task of that kind in the case. */
    void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .list().get(0);
        taskService.complete(task.getId(), variables);
    }

    /**
     * On 9 Oct 2026 in {@code jurisdiction}: a red tax item (due 25 Sep), a yellow court item (due 13 Oct),
     * a green tax item (due 31 Dec), and a tax item closed on time on 28 Sep. Returns the case number.
     */
    String fourItems(String jurisdiction) {
        now("2026-09-21T10:00:00");
        String batch = openBatch(jurisdiction, item("发票问题", "tax", "2026-09-25"), item("拍卖问题", "court", "2026-10-13"),
                item("社保问题", "tax", "2026-12-31"), item("已整改问题", "tax", "2026-09-30"));
        now("2026-09-28T10:00:00");
        Task closing = taskService.createTaskQuery().processInstanceBusinessKey(batch).taskDefinitionKey("Task_Rectify")
                .list().stream().filter(t -> t.getDueDate().toInstant().toString().startsWith("2026-09-30")).findFirst()
                .orElseThrow();
        taskService.complete(closing.getId(), Map.of("unitAction", "REPORT", "rectificationReport", "已整改"));
        complete(batch, "Task_Review", Map.of("reviewDecision", "ACCEPT"));
        now("2026-10-09T10:00:00");
        runDueJobs(batch);
        return batch;
    }
}

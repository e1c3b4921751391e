package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.Timers;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opening batches through the API and driving their items, with the engine clock in Beijing time. */
abstract class RectificationScenarioSupport extends IntegrationTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    static void now(String beijingDateTime) {
        ClockUtil.setCurrentTime(at(beijingDateTime));
    }

    static Date at(String beijingDateTime) {
        return Date.from(LocalDateTime.parse(beijingDateTime).atZone(BEIJING).toInstant());
    }

    static Map<String, Object> item(String problem, String department, String dueDate) {
        return Map.of("problem", problem, "requirement", "限期整改到位", "department", department, "personName", "张三",
                "personIdNumber", "11010519491231002X", "dueDate", dueDate);
    }

    /** Opens a batch as super1 and returns its case number. */
    String openBatch(String jurisdiction, Map<?, ?>... items) {
        ResponseEntity<Map> response = rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "督查通报测试", "jurisdiction", jurisdiction, "items", List.of(items)), Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }

    ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    boolean ended(String caseNumber) {
        return instance(caseNumber) == null;
    }

    List<Long> itemIds(String caseNumber) {
        return jdbc.queryForList("SELECT id FROM rectification_items WHERE case_number = ? ORDER BY position",
                Long.class, caseNumber);
    }

    Map<String, Object> itemRow(long id) {
        return jdbc.queryForMap("SELECT * FROM rectification_items WHERE id = ?", id);
    }

    String light(long id) {
        return (String) itemRow(id).get("light");
    }

    /** The open task of that kind for the item. */
    Task task(long itemId, String taskKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey).list().stream()
                .filter(t -> Long.valueOf(itemId).equals(asLong(runtimeService.getVariable(t.getExecutionId(),
                        RectificationVariables.ITEM_ID))))
                .findFirst().orElse(null);
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    void complete(long itemId, String taskKey, Map<String, Object> variables) {
        Task task = task(itemId, taskKey);
        assertThat(task).as("open %s for item %s", taskKey, itemId).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    void report(long itemId) {
        complete(itemId, "Task_Rectify", Map.of("unitAction", "REPORT", "rectificationReport", "已整改，附证据"));
    }

    void accept(long itemId) {
        complete(itemId, "Task_Review", Map.of("reviewDecision", "ACCEPT", "reviewComment", "同意销号"));
    }

    Job timer(String caseNumber, String activityId) {
        List<Job> timers = Timers.named(managementService, instance(caseNumber).getId(), activityId);
        return timers.isEmpty() ? null : timers.get(0);
    }

    /** Runs every job of the case that is due at the engine clock's now; returns how many ran. */
    int runDueJobs(String caseNumber) {
        int ran = 0;
        for (int round = 0; round < 5; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance(caseNumber).getId())
                    .executable().list();
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                ran++;
            }
        }
        return ran;
    }

    List<String> notified(String caseNumber, String event) {
        return jdbc.queryForList("SELECT recipient FROM notifications WHERE case_number = ? AND event = ?"
                + " ORDER BY recipient", String.class, caseNumber, event);
    }
}

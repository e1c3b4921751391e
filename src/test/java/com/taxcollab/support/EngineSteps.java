package com.taxcollab.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What scenario tests do to a running case: work its tasks as an officer through the product's
 * task API (so jurisdiction, department and form checks apply), fire its timers and jobs, and read the messages people got. A
 * plain object built from the test's beans, so the shared Spring context stays the same.
 */
public class EngineSteps {

    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    public EngineSteps(TaskService taskService, ManagementService managementService, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    public List<Task> tasks(String caseNumber, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .list();
    }

    public Task task(String caseNumber, String taskKey) {
        List<Task> tasks = tasks(caseNumber, taskKey);
        assertThat(tasks).as("open %s tasks of %s", taskKey, caseNumber).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the task as the officer through {@code /api/tasks}; its form decides what is written. */
    public void complete(TestRestTemplate http, String user, Task task, Map<String, Object> values) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").postForEntity(
                "/api/tasks/" + task.getId() + "/complete", Map.of("variables", variables(values)),
                String.class);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, task.getTaskDefinitionKey(),
                response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The ids of the case's tasks the officer has to do (their {@code /api/tasks}). */
    public List<String> visibleTaskIds(TestRestTemplate http, String user, String caseNumber) {
        ResponseEntity<Map[]> response = http.withBasicAuth(user, "demo").getForEntity("/api/tasks", Map[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return List.of(response.getBody()).stream().filter(task -> caseNumber.equals(task.get("caseNumber")))
                .map(task -> (String) task.get("id")).toList();
    }

    /** The case's job at that activity (a timer, or an asynchronous step). */
    public Job job(String processInstanceId, String activityId) {
        List<Job> jobs = jobs(processInstanceId, activityId);
        assertThat(jobs).as("jobs at %s", activityId).isNotEmpty();
        assertThat(jobs).as("one due date for every instance of %s", activityId).extracting(Job::getDuedate)
                .containsOnly(jobs.get(0).getDuedate());
        return jobs.get(0);
    }

    public boolean hasJob(String processInstanceId, String activityId) {
        return !jobs(processInstanceId, activityId).isEmpty();
    }

    /** Moves the engine clock to the timer's due date and fires it (on every instance of a multi-instance task). */
    public void fireTimer(String processInstanceId, String timerId) {
        ClockUtil.setCurrentTime(job(processInstanceId, timerId).getDuedate());
        jobs(processInstanceId, timerId).forEach(timer -> managementService.executeJob(timer.getId()));
    }

    /** The timers so named, or else the asynchronous jobs at that activity. */
    private List<Job> jobs(String processInstanceId, String id) {
        List<Job> timers = Timers.named(managementService, processInstanceId, id);
        return !timers.isEmpty() ? timers
                : managementService.createJobQuery().processInstanceId(processInstanceId).activityId(id).list();
    }

    public Date dueDate(String processInstanceId, String activityId) {
        return job(processInstanceId, activityId).getDuedate();
    }

    public void runJob(String processInstanceId, String activityId) {
        managementService.executeJob(job(processInstanceId, activityId).getId());
    }

    /** The events (TASK_CREATED, REMINDER, …) the user was told of in the case, oldest first. */
    public List<String> notifications(String user, String caseNumber) {
        return jdbc.queryForList("SELECT event FROM notifications WHERE recipient = ? AND case_number = ?"
                + " ORDER BY created_at, id", String.class, user, caseNumber);
    }

    public static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            try {
                variables.put(name, value instanceof Json json ? JSON.readValue(json.text(), Object.class) : value);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(json(value), e);
            }
        });
        return variables;
    }

    private static String json(Object value) {
        return ((Json) value).text();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A list value (checklist, taglist) written as JSON text. */
    public record Json(String text) {
    }
}

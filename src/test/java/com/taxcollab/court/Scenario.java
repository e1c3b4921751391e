package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Timers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drives a case's process in a scenario test: its tasks, its timers, what people were told. */
public class Scenario {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    public Scenario(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
            JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    public static void clockAt(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    public Task task(String caseNumber, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open task %s of %s", taskKey, caseNumber).hasSize(1);
        return tasks.get(0);
    }

    public List<String> openTasks(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(caseNumber, taskKey).getId(), variables);
    }

    public Job timer(String caseNumber, String timerId) {
        String instance = processInstanceId(caseNumber);
        List<Job> jobs = Timers.named(managementService, instance, timerId);
        assertThat(jobs).as("timer %s of %s", timerId, caseNumber).hasSize(1);
        return jobs.get(0);
    }

    public boolean hasTimer(String caseNumber, String timerId) {
        return !Timers.named(managementService, processInstanceId(caseNumber), timerId).isEmpty();
    }

    /** Moves the clock to the timer's due date and fires it; returns that date. */
    public Instant fire(String caseNumber, String timerId) {
        Job job = timer(caseNumber, timerId);
        ClockUtil.setCurrentTime(job.getDuedate());
        managementService.executeJob(job.getId());
        return job.getDuedate().toInstant();
    }

    public List<String> told(String caseNumber, String event) {
        return jdbc.queryForList("SELECT recipient FROM notifications WHERE case_number = ? AND event = ?"
                + " ORDER BY recipient", String.class, caseNumber, event);
    }

    public boolean ended(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0;
    }

    public String caseStatus(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM cases WHERE case_number = ?", String.class, caseNumber);
    }

    public Object variable(String caseNumber, String name) {
        return runtimeService.getVariable(processInstanceId(caseNumber), name);
    }

    private String processInstanceId(String caseNumber) {
        return jdbc.queryForObject("SELECT process_instance_id FROM cases WHERE case_number = ?", String.class,
                caseNumber);
    }
}

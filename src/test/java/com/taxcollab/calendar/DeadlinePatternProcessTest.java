package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The example of docs/deadlines.md on PostgreSQL: a negotiation started on Friday 18 September 2026
 * is due 10 working days later, across Mid-Autumn and National Day, and its reminder "2 working days
 * before the due date" fires on 30 September, before the holiday, not on 7 October.
 */
class DeadlinePatternProcessTest extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;

    private static final Path EXAMPLE = Path.of("docs", "deadline-pattern-example.bpmn");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private String deploymentId;

    @BeforeEach
    void deployTheExample() throws IOException {
        try (InputStream bpmn = Files.newInputStream(EXAMPLE)) {
            deploymentId = repositoryService.createDeployment().name("deadline-pattern-example")
                    .addInputStream("deadline-pattern-example.bpmn", bpmn).deploy().getId();
        }
    }

    @AfterEach
    void removeTheExample() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void reminderTwoWorkingDaysBeforeTheDueDateFiresBeforeNationalDay() {
        moveClockTo("2026-09-18T10:00:00+08:00");
        ProcessInstance negotiation = start();

        Task task = task(negotiation);
        assertThat(task.getDueDate()).isEqualTo(beijing("2026-10-09T23:59:59+08:00"));
        assertThat(runtimeService.getVariable(negotiation.getId(), "negotiationDue")).isEqualTo(task.getDueDate());

        moveClockTo("2026-09-30T08:59:59+08:00");
        assertThat(dueTimers(negotiation)).isEmpty();

        moveClockTo("2026-09-30T09:00:00+08:00");
        Job reminder = single(dueTimers(negotiation));
        assertThat(reminder.getDuedate()).isEqualTo(beijing("2026-09-30T09:00:00+08:00"));
        managementService.executeJob(reminder.getId());

        assertThat(jdbc.queryForList("SELECT recipient FROM notifications WHERE event = 'REMINDER'"
                + " AND case_number = ?", String.class, caseNumber(negotiation))).as("the tax officers are reminded")
                .contains("tax1");
        assertThat(task(negotiation).getId()).as("the reminder leaves the task open").isEqualTo(task.getId());
    }

    @Test
    void negotiationIsEscalatedTheMomentItsDueDatePasses() {
        moveClockTo("2026-09-18T10:00:00+08:00");
        ProcessInstance negotiation = start();

        moveClockTo("2026-10-09T23:59:58+08:00");
        assertThat(dueTimers(negotiation)).as("only the reminder is due").singleElement()
                .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(beijing("2026-09-30T09:00:00+08:00")));

        moveClockTo("2026-10-09T23:59:59+08:00");
        Job escalation = dueTimers(negotiation).stream()
                .filter(job -> job.getDuedate().equals(beijing("2026-10-09T23:59:59+08:00"))).findFirst().orElseThrow();
        managementService.executeJob(escalation.getId());

        assertThat(passed(negotiation, "EndEvent_Escalated")).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(negotiation.getId()).count())
                .as("the interrupting escalation ends the negotiation").isZero();
    }

    @Test
    void agreementInTimeCancelsReminderAndEscalation() {
        moveClockTo("2026-09-18T10:00:00+08:00");
        ProcessInstance negotiation = start();
        assertThat(managementService.createJobQuery().processInstanceId(negotiation.getId()).timers().count())
                .isEqualTo(2);

        taskService.complete(task(negotiation).getId());

        assertThat(passed(negotiation, "EndEvent_Agreed")).isTrue();
        assertThat(managementService.createJobQuery().processInstanceId(negotiation.getId()).count()).isZero();
    }

    private ProcessInstance start() {
        String instanceId = caseOpener.open(new CaseOpener.NewCase(CaseType.ZY, "DeadlinePatternExampleProcess", "lyg",
                "期限示例", "tax1", Map.of())).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    private static String caseNumber(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Negotiate")
                .singleResult();
    }

    private List<Job> dueTimers(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().executable().list();
    }

    private boolean passed(ProcessInstance instance, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count() == 1;
    }

    private static Job single(List<Job> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static void moveClockTo(String offsetDateTime) {
        ClockUtil.setCurrentTime(beijing(offsetDateTime));
    }

    private static Date beijing(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}

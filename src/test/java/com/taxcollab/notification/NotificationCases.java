package com.taxcollab.notification;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.Timers;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cases of the test-only NotificationHooksCheckProcess, and what their notifications left behind. */
@Component
class NotificationCases {

    static final String PROCESS = "NotificationHooksCheckProcess";
    /** the due date of Task_Review: 2026-12-03 17:00 in Beijing */
    static final OffsetDateTime REVIEW_DUE = OffsetDateTime.parse("2026-12-03T17:00:00+08:00");

    private final CaseOpener caseOpener;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    NotificationCases(CaseOpener caseOpener, TaskService taskService, ManagementService managementService,
            JdbcTemplate jdbc) {
        this.caseOpener = caseOpener;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    CaseRecord open(String jurisdiction, String initiator) {
        return open(jurisdiction, initiator, REVIEW_DUE);
    }

    /** A case whose review task starts assigned to {@code reviewer}. */
    CaseRecord openAssigned(String jurisdiction, String initiator, String reviewer) {
        return caseOpener.open(new NewCase(CaseType.ZY, PROCESS, jurisdiction, "通知校验案件", initiator,
                Map.of("reviewDue", Date.from(REVIEW_DUE.toInstant()), "reviewer", reviewer)));
    }

    CaseRecord open(String jurisdiction, String initiator, OffsetDateTime reviewDue) {
        return caseOpener.open(new NewCase(CaseType.ZY, PROCESS, jurisdiction, "通知校验案件", initiator,
                Map.of("reviewDue", Date.from(reviewDue.toInstant()))));
    }

    Task reviewTask(CaseRecord c) {
        return taskService.createTaskQuery().processInstanceBusinessKey(c.caseNumber())
                .taskDefinitionKey("Task_Review").singleResult();
    }

    void fireTimer(CaseRecord c, String timerId) {
        Timers.named(managementService, c.processInstanceId(), timerId)
                .forEach(timer -> managementService.executeJob(timer.getId()));
    }

    /** The events each user was told of in this case, e.g. {@code tax1 -> [TASK_CREATED]}. */
    List<String> events(CaseRecord c, String user) {
        return jdbc.queryForList("SELECT event FROM notifications WHERE case_number = ? AND recipient = ?"
                + " ORDER BY created_at, event", String.class, c.caseNumber(), user);
    }

    List<String> recipients(CaseRecord c, NotificationEvent event) {
        return jdbc.queryForList("SELECT recipient FROM notifications WHERE case_number = ? AND event = ?"
                + " ORDER BY recipient", String.class, c.caseNumber(), event.name());
    }

    /** Title and text of the one message of {@code event} to {@code user} in this case. */
    String titleAndText(CaseRecord c, String user, NotificationEvent event) {
        return jdbc.queryForObject("SELECT title || ' / ' || body FROM notifications WHERE case_number = ?"
                + " AND recipient = ? AND event = ?", String.class, c.caseNumber(), user, event.name());
    }

    /** The mail job of the one message of {@code event} to {@code user} in this case. */
    String mailJob(CaseRecord c, String user, NotificationEvent event) {
        return jdbc.queryForObject("SELECT email_job_id FROM notifications WHERE case_number = ? AND recipient = ?"
                + " AND event = ?", String.class, c.caseNumber(), user, event.name());
    }

    String notificationId(CaseRecord c, String user, NotificationEvent event) {
        return jdbc.queryForObject("SELECT id FROM notifications WHERE case_number = ? AND recipient = ?"
                + " AND event = ?", String.class, c.caseNumber(), user, event.name());
    }
}

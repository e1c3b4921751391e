package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each event reaches the people the rules name, and only in the case's own jurisdiction. */
class NotificationEventsTest extends IntegrationTest {

    @Autowired
    NotificationCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void newDepartmentTaskIsAnnouncedToTheDepartmentInTheCaseJurisdictionOnly() {
        CaseRecord lyg = cases.open("lyg", "court1");
        CaseRecord haizhou = cases.open("haizhou", "hzcourt1");

        assertThat(cases.recipients(lyg, NotificationEvent.TASK_CREATED)).containsExactly("tax1");
        assertThat(cases.recipients(haizhou, NotificationEvent.TASK_CREATED)).containsExactly("hztax1");
        assertThat(cases.events(lyg, "hztax1")).isEmpty();
        assertThat(cases.events(lyg, "registry1")).isEmpty();
    }

    @Test
    void assignmentTellsTheNewAssigneeButNotWhoClaimedTheTaskThemselves() {
        CaseRecord assigned = cases.open("lyg", "court1");
        taskService.setAssignee(cases.reviewTask(assigned).getId(), "tax1");

        CaseRecord claimed = cases.open("lyg", "court1");
        identityService.setAuthentication("tax1", java.util.List.of("tax"), java.util.List.of("lyg"));
        try {
            taskService.claim(cases.reviewTask(claimed).getId(), "tax1");
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(cases.events(assigned, "tax1")).containsExactlyInAnyOrder("TASK_CREATED", "TASK_ASSIGNED");
        assertThat(cases.events(claimed, "tax1")).containsExactly("TASK_CREATED");
    }

    @Test
    void taskCreatedWithAnAssigneeTellsOnlyThemAndOnlyOnce() {
        CaseRecord c = cases.openAssigned("lyg", "court1", "tax1");

        assertThat(cases.events(c, "tax1")).containsExactly("TASK_CREATED");
        assertThat(cases.recipients(c, NotificationEvent.TASK_CREATED)).containsExactly("tax1");
    }

    @Test
    void reminderGoesToTheDepartmentWhileUnclaimedAndOnlyToTheAssigneeOnceAssigned() {
        CaseRecord unclaimed = cases.open("lyg", "court1");
        CaseRecord assigned = cases.open("lyg", "court1");
        taskService.setAssignee(cases.reviewTask(assigned).getId(), "court1");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(1)).plusSeconds(60)));
        cases.fireTimer(unclaimed, "Timer_Reminder");
        cases.fireTimer(assigned, "Timer_Reminder");

        assertThat(cases.recipients(unclaimed, NotificationEvent.REMINDER)).containsExactly("tax1");
        assertThat(cases.recipients(assigned, NotificationEvent.REMINDER)).containsExactly("court1");
    }

    @Test
    void overdueTaskReachesTheResponsibleAndTheSupervisorsAndEscalatesToLeadershipOfTheJurisdiction() {
        CaseRecord lyg = cases.open("lyg", "court1");
        CaseRecord haizhou = cases.open("haizhou", "hzcourt1");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(3)).plusSeconds(60)));
        cases.fireTimer(lyg, "Timer_Overdue");
        cases.fireTimer(haizhou, "Timer_Overdue");

        assertThat(cases.recipients(lyg, NotificationEvent.OVERDUE)).containsExactly("super1", "tax1");
        assertThat(cases.recipients(lyg, NotificationEvent.ESCALATION)).containsExactly("lead1");
        assertThat(cases.recipients(haizhou, NotificationEvent.OVERDUE)).containsExactly("hztax1", "super1");
        // the city's leader does not hear of a Haizhou case
        assertThat(cases.recipients(haizhou, NotificationEvent.ESCALATION)).isEmpty();
    }

    @Test
    void closingTheCaseTellsItsInitiator() {
        CaseRecord c = cases.open("lyg", "court1");
        Task review = cases.reviewTask(c);

        taskService.complete(review.getId());

        assertThat(cases.recipients(c, NotificationEvent.CASE_CLOSED)).containsExactly("court1");
    }
}

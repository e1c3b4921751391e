package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    /** Who the organisation says belongs to a department in a jurisdiction (other tests may add people). */
    private List<String> department(String group, String jurisdiction) {
        return identityService.createUserQuery().memberOfGroup(group).memberOfTenant(jurisdiction).list().stream()
                .map(User::getId).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    @Test
    void newDepartmentTaskIsAnnouncedToTheDepartmentInTheCaseJurisdictionOnly() {
        CaseRecord lyg = cases.open("lyg", "court1");
        CaseRecord haizhou = cases.open("haizhou", "hzcourt1");

        assertThat(cases.recipients(lyg, NotificationEvent.TASK_CREATED)).contains("tax1")
                .containsExactlyInAnyOrderElementsOf(department("tax", "lyg"));
        assertThat(cases.recipients(haizhou, NotificationEvent.TASK_CREATED)).contains("hztax1")
                .containsExactlyInAnyOrderElementsOf(department("tax", "haizhou"));
        assertThat(cases.events(lyg, "hztax1")).isEmpty();
        assertThat(cases.events(lyg, "registry1")).isEmpty();
    }

    @Test
    void assignmentTellsTheNewAssigneeButNotWhoClaimedTheTaskThemselves() {
        CaseRecord assigned = cases.open("lyg", "court1");
        taskService.setAssignee(cases.reviewTask(assigned).getId(), "tax1");

        CaseRecord claimed = cases.open("lyg", "court1");
        identityService.setAuthentication("tax1", List.of("tax"), List.of("lyg"));
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

        assertThat(cases.recipients(unclaimed, NotificationEvent.REMINDER)).contains("tax1")
                .containsExactlyInAnyOrderElementsOf(department("tax", "lyg"));
        assertThat(cases.titleAndText(unclaimed, "tax1", NotificationEvent.REMINDER)).isEqualTo(
                "即将到期：税务审核｜" + unclaimed.caseNumber() + "｜截止2026年12月3日 / 案件 " + unclaimed.caseNumber()
                        + "（通知校验案件）的任务「税务审核」将于2026年12月3日 17:00到期，请抓紧办理。");
        assertThat(cases.recipients(assigned, NotificationEvent.REMINDER)).containsExactly("court1");
    }

    @Test
    void reminderInOneItemOfAMultiInstanceConcernsThatItemsTaskOnly() {
        CaseRecord c = caseOpener.open(new CaseOpener.NewCase(CaseType.ZY, "NotificationItemsCheckProcess", "lyg",
                "多事项通知校验", "court1", Map.of("itemGroups", new ArrayList<>(List.of("tax", "realestate")),
                        "reviewDue", Date.from(NotificationCases.REVIEW_DUE.toInstant()))));
        Job taxItemTimer = managementService.createJobQuery().processInstanceId(c.processInstanceId()).timers().list()
                .stream().filter(job -> "tax".equals(runtimeService.getVariable(job.getExecutionId(), "itemGroup")))
                .findFirst().orElseThrow();

        managementService.executeJob(taxItemTimer.getId());

        assertThat(cases.recipients(c, NotificationEvent.REMINDER)).contains("tax1")
                .containsExactlyInAnyOrderElementsOf(department("tax", "lyg")).doesNotContain("registry1");
    }

    @Test
    void overdueTaskReachesTheResponsibleAndTheSupervisorsAndEscalatesToLeadershipOfTheJurisdiction() {
        CaseRecord lyg = cases.open("lyg", "court1");
        CaseRecord haizhou = cases.open("haizhou", "hzcourt1");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(3)).plusSeconds(60)));
        cases.fireTimer(lyg, "Timer_Overdue");
        cases.fireTimer(haizhou, "Timer_Overdue");

        assertThat(cases.recipients(lyg, NotificationEvent.OVERDUE)).contains("tax1", "super1")
                .containsExactlyInAnyOrderElementsOf(union(department("tax", "lyg"), department("supervision", "lyg")));
        assertThat(cases.recipients(lyg, NotificationEvent.ESCALATION)).contains("lead1")
                .containsExactlyInAnyOrderElementsOf(department("leadership", "lyg"));
        assertThat(cases.titleAndText(lyg, "lead1", NotificationEvent.ESCALATION)).isEqualTo(
                "升级督办｜" + lyg.caseNumber() + "｜税务审核｜截止2026年12月3日 / 案件 " + lyg.caseNumber()
                        + "（通知校验案件）已升级至分管领导，请予协调处理。涉及任务「税务审核」，期限2026年12月3日 17:00。"
                        + "请领导督促税务部门办理。");
        assertThat(cases.recipients(haizhou, NotificationEvent.OVERDUE)).contains("hztax1", "super1").doesNotContain("tax1")
                .containsExactlyInAnyOrderElementsOf(
                        union(department("tax", "haizhou"), department("supervision", "haizhou")));
        // the city's leader does not hear of a Haizhou case
        assertThat(cases.recipients(haizhou, NotificationEvent.ESCALATION)).doesNotContain("lead1")
                .containsExactlyInAnyOrderElementsOf(department("leadership", "haizhou"));
    }

    @Test
    void closingTheCaseTellsItsInitiator() {
        CaseRecord c = cases.open("lyg", "court1");
        Task review = cases.reviewTask(c);

        taskService.complete(review.getId());

        assertThat(cases.recipients(c, NotificationEvent.CASE_CLOSED)).containsExactly("court1");
    }
}

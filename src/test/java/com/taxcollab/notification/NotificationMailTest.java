package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** E-mail goes out after commit, reads well in Chinese, and is never lost when SMTP is down. */
class NotificationMailTest extends IntegrationTest {

    static final String TAX1_MAIL = "tax1@lyg.demo.taxcollab.cn";

    @Autowired
    NotificationCases cases;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PreferenceRepository preferences;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    Notifier notifier;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine processEngine;
    @LocalServerPort
    int port;

    TestMailServer smtp = TestMailServer.get();

    @Test
    void newTaskMailHasAChineseSubjectBothPartsWorkingLinksAndAStableMessageId() throws Exception {
        CaseRecord c = cases.open("lyg", "court1");
        String taskId = cases.reviewTask(c).getId();
        String notificationId = cases.notificationId(c, "tax1", NotificationEvent.TASK_CREATED);
        assertThat(mailsAbout(c)).as("nothing is sent before the mail job runs").isEmpty();

        managementService.executeJob(cases.mailJob(c, "tax1", NotificationEvent.TASK_CREATED));

        List<MimeMessage> mails = mailsAbout(c);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("【税费协同共治】新待办：税务审核｜" + c.caseNumber() + "｜截止2026年12月3日");
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + notificationId + "@taxcollab>");
        Map<String, String> parts = MailParts.of(mail);
        assertThat(parts).containsOnlyKeys("text/plain", "text/html");
        String caseLink = "http://localhost:8080/cases/" + c.caseNumber();
        String taskLink = "http://localhost:8080/workbench/tasks/" + taskId;
        assertThat(parts.get("text/plain")).contains("案件编号：" + c.caseNumber(), "任务：税务审核",
                "办理期限：2026年12月3日 17:00", caseLink, taskLink);
        assertThat(parts.get("text/plain")).as("the title is said once").containsOnlyOnce("新待办");
        assertThat(parts.get("text/html")).contains("税务审核", "2026年12月3日 17:00",
                "href=\"" + caseLink + "\"", "href=\"" + taskLink + "\"");
        assertThat(notifications.find(notificationId).orElseThrow().emailStatus())
                .isEqualTo(StoredNotification.EmailStatus.SENT);
    }

    @Test
    void closedCaseMailIsSentEvenThoughTheProcessHasEnded() throws Exception {
        CaseRecord c = cases.open("lyg", "court1");
        taskService.complete(cases.reviewTask(c).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count())
                .isZero();

        managementService.executeJob(cases.mailJob(c, "court1", NotificationEvent.CASE_CLOSED));

        assertThat(smtp.messagesTo("court1@lyg.demo.taxcollab.cn")).anySatisfy(mail ->
                assertThat(mail.getSubject()).isEqualTo("【税费协同共治】案件已办结｜" + c.caseNumber()));
    }

    @Test
    void userWhoTurnedEmailOffOrHasNoAddressGetsOnlyTheInAppMessage() {
        User noAddress = identityService.newUser("mailless" + System.nanoTime() % 100000);
        noAddress.setFirstName("无邮箱");
        identityService.saveUser(noAddress);
        preferences.save("hzgov1", new NotificationPreferences(false, false));
        try {
            notifier.notify(Notification.aboutCase(NotificationEvent.ESCALATION, Set.of(noAddress.getId(), "hzgov1"),
                    "升级督办｜测试", "测试正文", null, "haizhou"));
        } finally {
            preferences.save("hzgov1", NotificationPreferences.DEFAULT);
        }

        for (String user : List.of(noAddress.getId(), "hzgov1")) {
            StoredNotification stored = notifications.forRecipient(user, 0, 1).get(0);
            assertThat(stored.title()).isEqualTo("升级督办｜测试");
            assertThat(stored.emailStatus()).isEqualTo(StoredNotification.EmailStatus.NONE);
            assertThat(stored.emailJobId()).isNull();
        }
    }

    @Test
    void failingMailIsRetriedWithBackoffThenBecomesAnIncidentAndGoesOutWhenAnAdministratorRetriesIt() throws Exception {
        CaseRecord c = cases.open("lyg", "court1");
        String jobId = cases.mailJob(c, "tax1", NotificationEvent.TASK_CREATED);
        Instant now = Instant.parse("2026-12-01T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        smtp.stop();
        try {
            List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(10),
                    Duration.ofMinutes(15));
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(jobId)).isNotNull();
                Job job = managementService.createJobQuery().jobId(jobId).singleResult();
                assertThat(job.getRetries()).isEqualTo(5 - attempt);
                if (attempt < 5) {
                    assertThat(job.getDuedate().toInstant()).isEqualTo(now.plus(waits.get(attempt - 1)));
                }
            }
            Incident incident = runtimeService.createIncidentQuery().configuration(jobId).singleResult();
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            String outbox = http.withBasicAuth("admin", "demo").getForObject("/admin/outbox", String.class);
            assertThat(outbox).contains(cases.notificationId(c, "tax1", NotificationEvent.TASK_CREATED), "发送失败", "重试");
        } finally {
            smtp.start();
        }
        assertThat(mailsAbout(c)).isEmpty();

        String notificationId = cases.notificationId(c, "tax1", NotificationEvent.TASK_CREATED);
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("admin").go("/admin/outbox");
            browser.driver().findElement(By.cssSelector("tr[data-id='" + notificationId + "'] button.retry")).click();
            // the page is the outbox before and after the retry: wait for what the retry does
            browser.await().until(d -> managementService.createJobQuery().jobId(jobId).singleResult().getRetries() == 1);
        }
        assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(1);
        managementService.executeJob(jobId);

        assertThat(mailsAbout(c)).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().configuration(jobId).count()).isZero();
    }

    @Test
    void pendingMailWaitsInTheDatabaseForAnyJobExecutorAndRespectsTheBackoff() {
        CaseRecord c = cases.open("lyg", "court1");
        String jobId = cases.mailJob(c, "tax1", NotificationEvent.TASK_CREATED);
        Instant now = Instant.parse("2026-12-01T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));

        // nothing of it lives in memory: a restarted application's job executor acquires it from the database
        assertThat(acquirableJobIds()).contains(jobId);

        smtp.stop();
        try {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isNotNull();
        } finally {
            smtp.start();
        }
        assertThat(acquirableJobIds()).doesNotContain(jobId);
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(1)).plusSeconds(1)));
        assertThat(acquirableJobIds()).contains(jobId);
    }

    private List<String> acquirableJobIds() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
                .findNextJobsToExecute(new Page(0, 100_000)).stream().map(AcquirableJobEntity::getId).toList());
    }

    @Test
    void outboxIsForAdministratorsOnly() {
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/admin/outbox", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/admin/outbox", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<MimeMessage> mailsAbout(CaseRecord c) {
        return smtp.messagesTo(TAX1_MAIL).stream().filter(m -> subject(m).contains(c.caseNumber())).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

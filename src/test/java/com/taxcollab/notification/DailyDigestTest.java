package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor who chose the digest gets one mail each working morning instead of single mails. */
class DailyDigestTest extends IntegrationTest {

    @Autowired
    NotificationCases cases;
    @Autowired
    NotificationTestUsers users;
    @Autowired
    IdentityService identityService;
    @Autowired
    PreferenceRepository preferences;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void digestListsOverdueAndDueSoonItemsOfTheSupervisorsJurisdictionAndComesBackNextWorkingDay()
            throws Exception {
        // Friday 4 December 2026 in Beijing
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-04T08:00:00+08:00").toInstant()));
        String supervisor = users.create("digest", "supervision");
        // Guannan: a jurisdiction no other test's supervisor works in
        identityService.createTenantUserMembership("guannan", supervisor);
        try {
            preferences.save(supervisor, new NotificationPreferences(true, true));
            CaseRecord overdue = cases.open("guannan", "court1", OffsetDateTime.parse("2026-12-03T17:00:00+08:00"));
            CaseRecord dueMonday = cases.open("guannan", "court1", OffsetDateTime.parse("2026-12-07T17:00:00+08:00"));
            CaseRecord dueLater = cases.open("guannan", "court1", OffsetDateTime.parse("2026-12-31T17:00:00+08:00"));
            cases.fireTimer(overdue, "Timer_Overdue");

            ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-04T08:30:00+08:00").toInstant()));
            managementService.executeJob(digestJob().getId());

            List<StoredNotification> digests = notifications.forRecipient(supervisor, 0, 10).stream()
                    .filter(n -> n.event() == NotificationEvent.DIGEST).toList();
            assertThat(digests).hasSize(1);
            StoredNotification digest = digests.get(0);
            assertThat(digest.title()).startsWith("每日汇总｜逾期").endsWith("｜2026年12月4日");
            assertThat(digest.body()).contains(overdue.caseNumber() + " 税务审核（灌南县），截止2026年12月3日 17:00",
                    dueMonday.caseNumber() + " 税务审核（灌南县），截止2026年12月7日 17:00")
                    .doesNotContain(dueLater.caseNumber());
            assertThat(cases.events(overdue, supervisor)).containsExactly("OVERDUE");
            assertThat(notifications.forRecipient(supervisor, 0, 10)).filteredOn(n -> n.event() == NotificationEvent.OVERDUE)
                    .allSatisfy(n -> assertThat(n.emailStatus()).isEqualTo(StoredNotification.EmailStatus.NONE));

            managementService.executeJob(digest.emailJobId());
            List<MimeMessage> mails = TestMailServer.get().messagesTo(supervisor + "@test.taxcollab.cn");
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getSubject()).isEqualTo("【税费协同共治】" + digest.title());
            assertThat(MailParts.of(mails.get(0)).get("text/plain")).contains(dueMonday.caseNumber());

            assertThat(digestJob().getDuedate().toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-12-07T08:30:00+08:00").toInstant());
        } finally {
            identityService.deleteUser(supervisor);
        }
    }

    private Job digestJob() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        List<Job> jobs = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getJobManager().findJobsByHandlerType(DigestJob.TYPE));
        assertThat(jobs).as("exactly one digest job is scheduled").hasSize(1);
        return jobs.get(0);
    }
}

package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.taxcollab.notification.StoredNotification.EmailStatus;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** The embedded default: with no SMTP server configured, mail is recorded for the outbox, not scheduled. */
class NotifierWithoutSmtpTest {

    @Test
    void withoutSmtpServerTheMailIsRecordedButNoDeliveryIsScheduled() {
        NotificationRepository notifications = mock(NotificationRepository.class);
        PreferenceRepository preferences = mock(PreferenceRepository.class);
        when(preferences.find("tax1")).thenReturn(NotificationPreferences.DEFAULT);
        IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        User tax1 = mock(User.class);
        when(tax1.getEmail()).thenReturn("tax1@lyg.demo.taxcollab.cn");
        when(identity.createUserQuery().userId("tax1").singleResult()).thenReturn(tax1);
        EngineAsSystem engine = mock(EngineAsSystem.class);
        doAnswer(call -> ((Function<CommandContext, ?>) call.getArgument(0)).apply(null)).when(engine)
                .inCommand(any());
        MailJobs noSmtp = new MailJobs(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
        Notifier notifier = new Notifier(notifications, preferences, noSmtp,
                new NotificationLinks("http://localhost:8080"), identity, engine,
                Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC));

        notifier.notify(Notification.aboutCase(NotificationEvent.ESCALATION, Set.of("tax1"), "升级督办｜ZY-2026-000001",
                "请予协调处理。", "ZY-2026-000001", "lyg"));

        ArgumentCaptor<StoredNotification> stored = ArgumentCaptor.forClass(StoredNotification.class);
        verify(notifications).insert(stored.capture());
        assertThat(stored.getValue().emailStatus()).isEqualTo(EmailStatus.UNSENT);
        assertThat(stored.getValue().emailTo()).isEqualTo("tax1@lyg.demo.taxcollab.cn");
        assertThat(stored.getValue().emailJobId()).isNull();
        assertThat(stored.getValue().caseUrl()).isEqualTo("http://localhost:8080/cases/ZY-2026-000001");
    }
}

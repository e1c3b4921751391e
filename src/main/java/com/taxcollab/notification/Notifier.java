package com.taxcollab.notification;

import com.taxcollab.notification.StoredNotification.EmailStatus;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;

/**
 * The one way to tell people something: records each recipient's in-app message and schedules its
 * e-mail, both in the caller's transaction. The e-mail is a Camunda job, so it goes out only after
 * that transaction commits, is retried with backoff and ends as an incident when it keeps failing.
 */
@Service
public class Notifier {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final MailJobs mailJobs;
    private final NotificationLinks links;
    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final Clock clock;

    Notifier(NotificationRepository notifications, PreferenceRepository preferences, MailJobs mailJobs,
            NotificationLinks links, IdentityService identityService, EngineAsSystem engine, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.mailJobs = mailJobs;
        this.links = links;
        this.identityService = identityService;
        this.engine = engine;
        this.clock = clock;
    }

    public void notify(Notification notification) {
        engine.inCommand(context -> {
            notification.recipients().forEach(recipient -> deliver(context, notification, recipient));
            return null;
        });
    }

    private void deliver(CommandContext context, Notification n, String recipient) {
        String id = UUID.randomUUID().toString();
        String email = emailOf(recipient);
        EmailStatus status = emailStatus(recipient, email, n.event());
        String jobId = status == EmailStatus.PENDING
                ? mailJobs.schedule(context, id, n) : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        notifications.insert(new StoredNotification(id, recipient, n.event(), n.title(), n.text(), n.caseNumber(),
                links.caseUrl(n.caseNumber()), n.taskId(), n.taskName(), links.taskUrl(n.taskId()),
                n.dueDate() == null ? null : n.dueDate().atOffset(ZoneOffset.UTC), now, null, status,
                status == EmailStatus.NONE ? null : email, jobId, null));
        NotifiedInTransaction.remember(recipient, n.taskId());
    }

    private EmailStatus emailStatus(String recipient, String email, NotificationEvent event) {
        if (email == null || email.isBlank() || !preferences.find(recipient).wantsMail(event)) {
            return EmailStatus.NONE;
        }
        return mailJobs.canSend() ? EmailStatus.PENDING : EmailStatus.UNSENT;
    }

    private String emailOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? null : user.getEmail();
    }
}

package com.taxcollab.notification;

import com.taxcollab.notification.StoredNotification.EmailStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one notification's e-mail, inside its job. An exception leaves the job to its retries;
 * a mail that was already sent (a job run twice after a crash) is not sent again.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final NotificationRepository notifications;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> senders;
    private final Clock clock;

    MailDelivery(NotificationRepository notifications, MailComposer composer, ObjectProvider<JavaMailSender> senders,
            Clock clock) {
        this.notifications = notifications;
        this.composer = composer;
        this.senders = senders;
        this.clock = clock;
    }

    void send(String notificationId) {
        StoredNotification notification = notifications.find(notificationId).orElse(null);
        if (notification == null || notification.emailStatus() == EmailStatus.SENT) {
            return;
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server configured (spring.mail.host): notification "
                    + notificationId + " cannot be mailed");
        }
        try {
            MimeMessage message = composer.compose(sender.createMimeMessage(), notification);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the e-mail of notification " + notificationId, e);
        }
        notifications.markSent(notificationId, OffsetDateTime.now(clock));
        log.info("Mailed notification {} ({}) to user {}", notificationId, notification.event(),
                notification.recipient());
    }
}

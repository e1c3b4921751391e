package com.taxcollab.notification;

import java.time.OffsetDateTime;

/** A row of {@code notifications}: one user's copy of a message and the state of its e-mail. */
record StoredNotification(String id, String recipient, NotificationEvent event, String title, String body,
        String caseNumber, String caseUrl, String taskId, String taskName, String taskUrl, OffsetDateTime dueAt,
        OffsetDateTime createdAt, OffsetDateTime readAt, EmailStatus emailStatus, String emailTo, String emailJobId,
        OffsetDateTime emailSentAt) {

    enum EmailStatus {
        /** no e-mail: no address, or the user turned it off or takes the daily digest */
        NONE,
        /** a delivery job is waiting, retrying or failed (then it has an incident) */
        PENDING,
        SENT,
        /** recorded only: no SMTP server is configured */
        UNSENT
    }
}

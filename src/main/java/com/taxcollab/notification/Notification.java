package com.taxcollab.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One message to a set of users: stored in-app for each of them and mailed to those who want
 * e-mail. Everything except {@code event}, {@code recipients} and {@code title} may be null.
 *
 * @param jurisdiction the case's jurisdiction (engine tenant) of the delivery job
 * @param processInstanceId the case's process instance, so that a failed delivery shows beside it
 */
public record Notification(NotificationEvent event, Set<String> recipients, String title, String text,
        String caseNumber, String jurisdiction, String taskId, String taskName, Instant dueDate,
        String processInstanceId, String processDefinitionId) {

    public Notification {
        if (event == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs an event and a title");
        }
        recipients = recipients == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(recipients));
        text = text == null ? "" : text;
    }

    /** The same message to other people, e.g. after a rule widened or narrowed the audience. */
    public Notification withRecipients(Set<String> others) {
        return new Notification(event, others, title, text, caseNumber, jurisdiction, taskId, taskName, dueDate,
                processInstanceId, processDefinitionId);
    }
}

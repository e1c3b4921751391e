package com.taxcollab.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One message to a set of users: stored in-app for each of them and mailed to those who want
 * e-mail. Everything except {@code event}, {@code recipients} and {@code title} may be null.
 *
 * @param jurisdiction the case's jurisdiction: the engine tenant of the delivery job
 * @param processDefinitionId the process the message comes from, so that a failed delivery shows under it
 *     in Cockpit
 */
public record Notification(NotificationEvent event, Set<String> recipients, String title, String text,
        String caseNumber, String jurisdiction, String taskId, String taskName, Instant dueDate,
        String processDefinitionId) {

    public Notification {
        if (event == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs an event and a title");
        }
        recipients = recipients == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(recipients));
        text = text == null ? "" : text;
    }

    /** A message about a case as a whole, without a task. */
    public static Notification aboutCase(NotificationEvent event, Set<String> recipients, String title, String text,
            String caseNumber, String jurisdiction) {
        return new Notification(event, recipients, title, text, caseNumber, jurisdiction, null, null, null, null);
    }
}

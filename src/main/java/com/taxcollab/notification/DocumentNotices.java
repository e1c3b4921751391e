package com.taxcollab.notification;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells everyone of the departments a document is addressed to that it was issued (公文送达), in app and by mail. */
@Component
public class DocumentNotices {

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;

    DocumentNotices(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
    }

    public void issued(DelegateExecution execution, Collection<String> departments, String text) {
        CaseFacts c = CaseFacts.of(execution);
        var to = recipients.departments(departments, c.jurisdiction());
        if (!to.isEmpty()) {
            notifier.notify(messages.compose(NotificationEvent.DOCUMENT_ISSUED, c, null, null, text, to));
        }
    }
}

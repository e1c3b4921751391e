package com.taxcollab.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code <camunda:executionListener event="end" delegateExpression="${caseClosedNotifier}"/>} on an end
 * event that closes a case: tells the case's initiator how it ended, in the sentence the end event gives as
 * its input parameter {@code notificationText}.
 */
@Component("caseClosedNotifier")
class CaseClosedNotifier implements ExecutionListener {

    static final String TEXT = "notificationText";

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;

    CaseClosedNotifier(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseFacts c = CaseFacts.of(execution);
        Object text = execution.getVariableLocal(TEXT);
        var to = recipients.caseClosed(c.initiator());
        if (!to.isEmpty()) {
            notifier.notify(messages.compose(NotificationEvent.CASE_CLOSED, c, null, null,
                    text == null ? null : text.toString(), to));
        }
    }
}

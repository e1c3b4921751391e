package com.taxcollab.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code <camunda:taskListener event="create" delegateExpression="${taskCreatedNotifier}"/>}: tells
 * the assignee, or else the task's candidate departments in the case's jurisdiction.
 */
@Component("taskCreatedNotifier")
class TaskCreatedNotifier implements TaskListener {

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;

    TaskCreatedNotifier(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask delegateTask) {
        TaskFacts task = TaskFacts.of(delegateTask);
        CaseFacts c = CaseFacts.of(delegateTask.getExecution());
        var to = recipients.taskCreated(task, c.jurisdiction());
        if (!to.isEmpty()) {
            notifier.notify(messages.compose(NotificationEvent.TASK_CREATED, c, task, null, null, to));
        }
    }
}

package com.taxcollab.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code <camunda:taskListener event="assignment" delegateExpression="${taskAssignedNotifier}"/>}:
 * tells the new assignee, unless they claimed the task themselves or were told of it already by
 * the "create" listener in the same transaction.
 */
@Component("taskAssignedNotifier")
class TaskAssignedNotifier implements TaskListener {

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;
    private final IdentityService identityService;

    TaskAssignedNotifier(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier,
            IdentityService identityService) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask delegateTask) {
        String assignee = delegateTask.getAssignee();
        if (assignee == null || assignee.equals(currentUser())
                || NotifiedInTransaction.alreadyTold(assignee, delegateTask.getId())) {
            return;
        }
        TaskFacts task = TaskFacts.of(delegateTask);
        CaseFacts c = CaseFacts.of(delegateTask.getExecution());
        notifier.notify(messages.compose(NotificationEvent.TASK_ASSIGNED, c, task, null, null,
                recipients.taskAssigned(task)));
    }

    private String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}

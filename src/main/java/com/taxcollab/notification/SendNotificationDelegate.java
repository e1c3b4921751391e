package com.taxcollab.notification;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Raises REMINDER, OVERDUE, ESCALATION or CASE_CLOSED for a process; who is told is decided by
 * {@link NotificationRecipients}, the process only names the event. Two ways to use it:
 * <ul>
 * <li>{@code camunda:delegateExpression="${sendNotificationDelegate}"} on a service task, or as an
 * execution listener of an element that takes input parameters (tasks, intermediate and end events),
 * with the input parameters of {@link NotificationVariables};</li>
 * <li>where the engine allows no input parameters (boundary and start events), an execution listener
 * with an expression: {@code ${sendNotificationDelegate.remind(execution, 'Task_X')}},
 * {@code overdue(execution, 'Task_X')}, {@code escalate(execution, 'leadership', 'Task_X')} (task may be
 * null) or {@code caseClosed(execution)}.</li>
 * </ul>
 */
@Component("sendNotificationDelegate")
public class SendNotificationDelegate implements JavaDelegate, ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SendNotificationDelegate.class);

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;
    private final ConcernedTasks concernedTasks;

    SendNotificationDelegate(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier,
            ConcernedTasks concernedTasks) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
        this.concernedTasks = concernedTasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        raise(execution, event(execution), string(execution, NotificationVariables.TASK),
                string(execution, NotificationVariables.GROUP), string(execution, NotificationVariables.TEXT));
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }

    /** Reminds whoever must work the open task {@code taskKey} of this instance. */
    public void remind(DelegateExecution execution, String taskKey) {
        raise(execution, NotificationEvent.REMINDER, taskKey, null, null);
    }

    /** Tells whoever must work the open task {@code taskKey}, and the jurisdiction's supervisors, it is overdue. */
    public void overdue(DelegateExecution execution, String taskKey) {
        raise(execution, NotificationEvent.OVERDUE, taskKey, null, null);
    }

    /** Escalates the case to {@code group} of its jurisdiction, naming the task {@code taskKey} if not null. */
    public void escalate(DelegateExecution execution, String group, String taskKey) {
        raise(execution, NotificationEvent.ESCALATION, taskKey, group, null);
    }

    public void caseClosed(DelegateExecution execution) {
        raise(execution, NotificationEvent.CASE_CLOSED, null, null, null);
    }

    private void raise(DelegateExecution execution, NotificationEvent event, String taskKey, String groupName,
            String extra) {
        CaseFacts c = CaseFacts.of(execution);
        switch (event) {
            case REMINDER, OVERDUE -> {
                List<TaskFacts> tasks = openTasks(execution, required(execution, taskKey, NotificationVariables.TASK));
                if (tasks.isEmpty()) {
                    log.info("{} for {} of case {}: the task is no longer open, nobody to tell", event, taskKey,
                            c.caseNumber());
                }
                for (TaskFacts task : tasks) {
                    Set<String> to = event == NotificationEvent.REMINDER ? recipients.reminder(task, c.jurisdiction())
                            : recipients.overdue(task, c.jurisdiction());
                    send(messages.compose(event, c, task, null, extra, to));
                }
            }
            case ESCALATION -> {
                String group = required(execution, groupName, NotificationVariables.GROUP);
                TaskFacts task = taskKey == null ? null
                        : openTasks(execution, taskKey).stream().findFirst().orElse(null);
                send(messages.compose(event, c, task, group, extra, recipients.escalation(group, c.jurisdiction())));
            }
            case CASE_CLOSED -> send(messages.compose(event, c, null, null, extra,
                    recipients.caseClosed(c.initiator())));
            default -> throw new ProcessEngineException("sendNotificationDelegate does not raise " + event
                    + ": use the task listeners taskCreatedNotifier / taskAssignedNotifier");
        }
    }

    private void send(Notification notification) {
        if (!notification.recipients().isEmpty()) {
            notifier.notify(notification);
        }
    }

    private List<TaskFacts> openTasks(DelegateExecution execution, String taskKey) {
        return concernedTasks.near(execution, taskKey);
    }

    private static NotificationEvent event(DelegateExecution execution) {
        String name = required(execution, string(execution, NotificationVariables.EVENT), NotificationVariables.EVENT);
        try {
            return NotificationEvent.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("Unknown " + NotificationVariables.EVENT + " '" + name + "' at "
                    + execution.getCurrentActivityId());
        }
    }

    private static String required(DelegateExecution execution, String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ProcessEngineException("sendNotificationDelegate at " + execution.getCurrentActivityId()
                    + " needs the input parameter '" + name + "'");
        }
        return value;
    }

    private static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}

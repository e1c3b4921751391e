package com.taxcollab.notification;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendNotificationDelegate}}: a service task, or an execution listener (e.g. on a timer
 * boundary event or an end event), that raises the event named by its input parameters
 * (see {@link NotificationVariables}). The process names the event; the recipients' rules are
 * {@link NotificationRecipients}'.
 */
@Component("sendNotificationDelegate")
class SendNotificationDelegate implements JavaDelegate, ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SendNotificationDelegate.class);

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;
    private final TaskService taskService;
    private final PrivilegedEngine engine;

    SendNotificationDelegate(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier,
            TaskService taskService, PrivilegedEngine engine) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
        this.taskService = taskService;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(execution);
    }

    @Override
    public void notify(DelegateExecution execution) {
        send(execution);
    }

    private void send(DelegateExecution execution) {
        NotificationEvent event = event(execution);
        String taskKey = string(execution, NotificationVariables.TASK);
        String extra = string(execution, NotificationVariables.TEXT);
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
                String group = required(execution, string(execution, NotificationVariables.GROUP),
                        NotificationVariables.GROUP);
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
        return engine.call(() -> taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list().stream()
                .map(task -> TaskFacts.of(task, taskService.getIdentityLinksForTask(task.getId())))
                .toList());
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

package com.taxcollab.notification;

import com.taxcollab.cases.CaseParticipants;
import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a timeout task listener says about the task it sits on. A reminder or overdue notice changes
 * nothing in the case, so it is not drawn as a path: the model carries it as
 * {@code <camunda:taskListener event="timeout" expression="${taskNotices.remind(task)}">} with a timer,
 * and the engine hands the listener the very task that is late (one per instance of a
 * multi-instance task).
 */
@Component("taskNotices")
public class TaskNotices {

    private final NotificationRecipients recipients;
    private final NotificationMessages messages;
    private final Notifier notifier;
    private final CaseParticipants participants;

    TaskNotices(NotificationRecipients recipients, NotificationMessages messages, Notifier notifier,
            CaseParticipants participants) {
        this.recipients = recipients;
        this.messages = messages;
        this.notifier = notifier;
        this.participants = participants;
    }

    /** Reminds whoever must work the task that its due date is near. */
    public void remind(DelegateTask task) {
        remind(task, null);
    }

    /** As {@link #remind(DelegateTask)}, with a sentence of the process's own. */
    public void remind(DelegateTask task, String text) {
        TaskFacts facts = TaskFacts.of(task);
        CaseFacts c = CaseFacts.of(task.getExecution());
        send(NotificationEvent.REMINDER, c, facts, null, text, recipients.reminder(facts, c.jurisdiction()));
    }

    /**
     * 催办 by a supervisor or leader: whoever must work the task is reminded, with the presser's words;
     * for a task found by a query rather than met by a listener.
     */
    public void press(Task task, Collection<IdentityLink> links, String caseNumber, String text) {
        TaskFacts facts = TaskFacts.of(task, links);
        CaseFacts c = new CaseFacts(caseNumber, task.getTenantId(), null, task.getProcessDefinitionId());
        send(NotificationEvent.REMINDER, c, facts, null, text, recipients.reminder(facts, c.jurisdiction()));
    }

    /** Tells whoever must work the task, and the jurisdiction's supervisors, that it is overdue. */
    public void overdue(DelegateTask task) {
        overdue(task, null);
    }

    public void overdue(DelegateTask task, String text) {
        TaskFacts facts = TaskFacts.of(task);
        CaseFacts c = CaseFacts.of(task.getExecution());
        send(NotificationEvent.OVERDUE, c, facts, null, text, recipients.overdue(facts, c.jurisdiction()));
    }

    /**
     * Reports the late task to {@code group} of the case's jurisdiction (leadership, supervision), which
     * thereby joins the case: whoever is asked to press a case may read it.
     */
    public void escalate(DelegateTask task, String group, String text) {
        TaskFacts facts = TaskFacts.of(task);
        CaseFacts c = CaseFacts.of(task.getExecution());
        participants.addDepartment(c.caseNumber(), group);
        send(NotificationEvent.ESCALATION, c, facts, group, text, recipients.escalation(group, c.jurisdiction()));
    }

    /** The task is overdue and pressed at once: its people are told, and {@code group} is asked to act. */
    public void overdueAndEscalate(DelegateTask task, String group) {
        overdueAndEscalate(task, group, null);
    }

    public void overdueAndEscalate(DelegateTask task, String group, String text) {
        overdue(task);
        escalate(task, group, text);
    }

    private void send(NotificationEvent event, CaseFacts c, TaskFacts task, String group, String text,
            Set<String> to) {
        if (!to.isEmpty()) {
            notifier.notify(messages.compose(event, c, task, group, text, to));
        }
    }
}

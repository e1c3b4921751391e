package com.taxcollab.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Schedules the e-mail of a stored notification as a Camunda job in the running command, so the
 * mail exists exactly when the transaction that caused it commits, and the job executor sends it.
 */
@Component
class MailJobs {

    /** tries in all; {@link MailRetryCommand} spaces them over about half an hour */
    static final int TRIES = 5;

    private final ObjectProvider<JavaMailSender> senders;

    MailJobs(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    /** Without {@code spring.mail.host} there is no sender: mail is recorded in the outbox, not sent. */
    boolean canSend() {
        return senders.getIfAvailable() != null;
    }

    String schedule(CommandContext context, String notificationId, Notification notification) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(MailJobHandler.TYPE);
        job.setJobHandlerConfigurationRaw(notificationId);
        job.setRetries(TRIES);
        job.setTenantId(notification.jurisdiction());
        // Neither execution nor process instance: the mail must outlive the instance (e.g. "case closed" at
        // its end event) and stay out of the instance's own jobs. The definition shows its incidents in Cockpit.
        job.setProcessDefinitionId(notification.processDefinitionId());
        context.getJobManager().send(job);
        return job.getId();
    }
}

package com.taxcollab.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/** The job that sends one notification's e-mail; its configuration is the notification id. */
@Component
class MailJobHandler implements JobHandler<MailJobHandler.Configuration> {

    static final String TYPE = "taxcollab-notification-mail";

    private final MailDelivery delivery;

    MailJobHandler(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        delivery.send(configuration.notificationId());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return new Configuration(canonicalString);
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // the notification row stays: the in-app message is not the job's to remove
    }

    record Configuration(String notificationId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return notificationId;
        }
    }
}

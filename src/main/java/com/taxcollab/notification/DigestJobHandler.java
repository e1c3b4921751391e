package com.taxcollab.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The daily digest as a Camunda job: it composes today's digests and schedules its successor for
 * the next working day at 08:30, in one transaction. No OS cron, and a restart simply finds it.
 */
@Component
class DigestJobHandler implements JobHandler<DigestJobHandler.Configuration> {

    static final String TYPE = "taxcollab-notification-digest";
    private static final Configuration CONFIGURATION = new Configuration();

    // the engine needs this handler before it exists, the digest needs the engine: look it up when run
    private final ObjectProvider<DailyDigest> digest;

    DigestJobHandler(ObjectProvider<DailyDigest> digest) {
        this.digest = digest;
    }

    static void schedule(CommandContext context, java.util.Date due) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(TYPE);
        job.setJobHandlerConfiguration(CONFIGURATION);
        job.setDuedate(due);
        context.getJobManager().send(job);
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        DailyDigest dailyDigest = digest.getObject();
        dailyDigest.sendAll();
        schedule(commandContext, dailyDigest.nextRun());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return CONFIGURATION;
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // nothing of its own to clean up
    }

    static final class Configuration implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return "daily";
        }
    }
}

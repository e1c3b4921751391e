package com.taxcollab.system;

import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * Work of the product's own that recurs (the daily digest, the monthly circular), as a Camunda job: it
 * does its work and schedules its successor in one transaction, so no OS cron is needed and a restart
 * simply finds the next one; {@link RecurringJobs} makes sure each exists. A feature declares one as a
 * bean, saying what it does and when it runs next; both are looked up when the job runs, because the
 * engine needs its job handlers before the work's own beans, which need the engine, exist.
 */
public final class RecurringJob implements JobHandler<RecurringJob.Configuration> {

    private static final Configuration CONFIGURATION = new Configuration();

    private final String type;
    private final Supplier<Date> nextRun;
    private final Runnable work;

    public RecurringJob(String type, Supplier<Date> nextRun, Runnable work) {
        this.type = type;
        this.nextRun = nextRun;
        this.work = work;
    }

    Date nextRun() {
        return nextRun.get();
    }

    void schedule(CommandContext context, Date due) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(type);
        job.setJobHandlerConfiguration(CONFIGURATION);
        job.setDuedate(due);
        context.getJobManager().send(job);
    }

    boolean scheduled(CommandContext context) {
        return !context.getJobManager().findJobsByHandlerType(type).isEmpty();
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        work.run();
        schedule(commandContext, nextRun());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return CONFIGURATION;
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // nothing of its own to clean up
    }

    /** A recurring job carries nothing: what it does and when comes from its handler. */
    public static final class Configuration implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return "recurring";
        }
    }
}

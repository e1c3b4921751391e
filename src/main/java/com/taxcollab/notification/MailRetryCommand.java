package com.taxcollab.notification;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * After a failed mail job: back off (1, 4, 10, 15 minutes: five tries over half an hour), then
 * let the last failure become the engine's failed-job incident, which "retry" in Cockpit or the
 * outbox page resolves. Other jobs keep the engine's own retry handling.
 */
class MailRetryCommand extends JobRetryCmd {

    static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(10), Duration.ofMinutes(15));

    private final Command<Object> otherJobs;

    /** @param otherJobs what the engine would do for this job if it is not a mail job */
    MailRetryCommand(String jobId, Throwable exception, Command<Object> otherJobs) {
        super(jobId, exception);
        this.otherJobs = otherJobs;
    }

    @Override
    public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !MailJobHandler.TYPE.equals(job.getJobHandlerType())) {
            return otherJobs.execute(commandContext);
        }
        int failedSoFar = Math.max(1, MailJobs.TRIES - job.getRetries() + 1);
        job.unlock();
        logException(job);
        decrementRetries(job);
        if (job.getRetries() > 0) {
            Duration wait = BACKOFF.get(Math.min(failedSoFar, BACKOFF.size()) - 1);
            job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
        }
        notifyAcquisition(commandContext);
        return null;
    }
}

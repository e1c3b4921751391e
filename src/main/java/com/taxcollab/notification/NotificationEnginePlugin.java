package com.taxcollab.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;

/** Teaches the engine our mail job and its retry schedule (the digest is a {@code RecurringJob}). */
@Component
class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final MailJobHandler mailJobHandler;

    NotificationEnginePlugin(MailJobHandler mailJobHandler) {
        this.mailJobHandler = mailJobHandler;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(mailJobHandler);
        configuration.setCustomJobHandlers(handlers);
        FailedJobCommandFactory others = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) ->
                new MailRetryCommand(jobId, exception, others.getCommand(jobId, exception)));
    }
}

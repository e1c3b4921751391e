package com.taxcollab.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;

/** Teaches the engine our mail and digest jobs, and the mail job's retry schedule. */
@Component
class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final MailJobHandler mailJobHandler;
    private final DigestJobHandler digestJobHandler;

    NotificationEnginePlugin(MailJobHandler mailJobHandler, DigestJobHandler digestJobHandler) {
        this.mailJobHandler = mailJobHandler;
        this.digestJobHandler = digestJobHandler;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(mailJobHandler);
        handlers.add(digestJobHandler);
        configuration.setCustomJobHandlers(handlers);
        FailedJobCommandFactory others = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) ->
                new MailRetryCommand(jobId, exception, others.getCommand(jobId, exception)));
    }
}

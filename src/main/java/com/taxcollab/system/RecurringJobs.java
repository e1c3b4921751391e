package com.taxcollab.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Teaches the engine every {@link RecurringJob}, and at start-up makes sure each is scheduled once. */
@Component
class RecurringJobs extends AbstractProcessEnginePlugin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecurringJobs.class);

    private final List<RecurringJob> jobs;
    private final EngineAsSystem engine;

    RecurringJobs(List<RecurringJob> jobs, @Lazy EngineAsSystem engine) {
        this.jobs = jobs;
        this.engine = engine;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.addAll(jobs);
        configuration.setCustomJobHandlers(handlers);
    }

    /** One engine command each, so that two nodes starting at once cannot both find no job and insert one. */
    @Override
    public void run(ApplicationArguments args) {
        for (RecurringJob job : jobs) {
            engine.inCommand(context -> {
                if (!job.scheduled(context)) {
                    job.schedule(context, job.nextRun());
                    log.info("{} scheduled for {}", job.getType(), job.nextRun());
                }
                return null;
            });
        }
    }
}

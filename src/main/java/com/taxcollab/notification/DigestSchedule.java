package com.taxcollab.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, makes sure the daily digest job exists; after that it schedules itself. */
@Component
class DigestSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final DailyDigest digest;
    private final PrivilegedEngine engine;

    DigestSchedule(DailyDigest digest, PrivilegedEngine engine) {
        this.digest = digest;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        engine.run(() -> {
            CommandContext context = Context.getCommandContext();
            if (context.getJobManager().findJobsByHandlerType(DigestJobHandler.TYPE).isEmpty()) {
                DigestJobHandler.schedule(context, digest.nextRun());
                log.info("Daily digest scheduled for {}", digest.nextRun());
            }
        });
    }
}

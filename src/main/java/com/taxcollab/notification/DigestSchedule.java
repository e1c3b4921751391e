package com.taxcollab.notification;

import com.taxcollab.system.EngineAsSystem;
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
    private final EngineAsSystem engine;

    DigestSchedule(DailyDigest digest, EngineAsSystem engine) {
        this.digest = digest;
        this.engine = engine;
    }

    /** One engine command, so that two nodes starting at once cannot both find no job and insert one. */
    @Override
    public void run(ApplicationArguments args) {
        engine.inCommand(context -> {
            if (context.getJobManager().findJobsByHandlerType(DigestJobHandler.TYPE).isEmpty()) {
                DigestJobHandler.schedule(context, digest.nextRun());
                log.info("Daily digest scheduled for {}", digest.nextRun());
            }
            return null;
        });
    }
}

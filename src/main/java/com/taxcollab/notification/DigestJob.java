package com.taxcollab.notification;

import com.taxcollab.system.RecurringJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily digest: today's digests composed, the next one due on the next working day at 08:30. */
@Configuration
class DigestJob {

    static final String TYPE = "taxcollab-notification-digest";

    @Bean
    RecurringJob dailyDigestJob(ObjectProvider<DailyDigest> digest) {
        return new RecurringJob(TYPE, () -> digest.getObject().nextRun(), () -> digest.getObject().sendAll());
    }
}

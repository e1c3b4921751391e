package com.taxcollab.notification;

import com.taxcollab.system.RecurringJob;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The daily digest: today's digests composed, the next one due on the next working day at 08:30. */
@Component
class DigestJobHandler extends RecurringJob {

    static final String TYPE = "taxcollab-notification-digest";

    // the engine needs this handler before it exists, the digest needs the engine: look it up when run
    private final ObjectProvider<DailyDigest> digest;

    DigestJobHandler(ObjectProvider<DailyDigest> digest) {
        super(TYPE);
        this.digest = digest;
    }

    @Override
    protected Date nextRun() {
        return digest.getObject().nextRun();
    }

    @Override
    protected void runOnce() {
        digest.getObject().sendAll();
    }
}

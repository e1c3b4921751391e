package com.taxcollab.assessment;

import com.taxcollab.system.RecurringJob;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The monthly circular: last month's circulars opened on the first working day at 09:00. A job, not a
 * timer start event: only {@code CaseOpener} may start a case's process.
 */
@Component
class CircularJobHandler extends RecurringJob {

    static final String TYPE = "taxcollab-monthly-circular";

    // the engine needs this handler before it exists, the circulars need the engine: look them up when run
    private final ObjectProvider<MonthlyCirculars> circulars;

    CircularJobHandler(ObjectProvider<MonthlyCirculars> circulars) {
        super(TYPE);
        this.circulars = circulars;
    }

    @Override
    protected Date nextRun() {
        return circulars.getObject().nextRun();
    }

    @Override
    protected void runOnce() {
        circulars.getObject().openForLastMonth();
    }
}

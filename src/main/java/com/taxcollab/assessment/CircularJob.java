package com.taxcollab.assessment;

import com.taxcollab.system.RecurringJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly circular: last month's circulars opened on the first working day at 09:00. A job, not a
 * timer start event: only {@code CaseOpener} may start a case's process.
 */
@Configuration
class CircularJob {

    static final String TYPE = "taxcollab-monthly-circular";

    @Bean
    RecurringJob monthlyCircularJob(ObjectProvider<MonthlyCirculars> circulars) {
        return new RecurringJob(TYPE, () -> circulars.getObject().nextRun(),
                () -> circulars.getObject().openForLastMonth());
    }
}

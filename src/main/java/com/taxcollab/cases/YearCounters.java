package com.taxcollab.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers without gaps per series and year (case numbers, each authority's 文号): the number is counted
 * in the caller's own transaction, so a caller that fails gives its number back. Callers of one series
 * wait for each other on the counter row until each commits; that is the price of official numbering
 * without gaps. Only a year's first counter row is created in a short transaction of its own, so that
 * a race on it can be retried.
 */
@Component
public class YearCounters {

    private static final int MAX_ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    YearCounters(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The series' next number of the year; call it within the transaction that uses it. */
    public long next(String series, int year) {
        ensureCounter(series, year);
        jdbc.update("UPDATE year_counters SET last_number = last_number + 1 WHERE series = ? AND counter_year = ?",
                series, year);
        return jdbc.queryForObject("SELECT last_number FROM year_counters WHERE series = ? AND counter_year = ?",
                Long.class, series, year);
    }

    private void ensureCounter(String series, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    if (jdbc.queryForObject("SELECT COUNT(*) FROM year_counters WHERE series = ? AND counter_year = ?",
                            Integer.class, series, year) == 0) {
                        jdbc.update("INSERT INTO year_counters (series, counter_year, last_number) VALUES (?, ?, 0)",
                                series, year);
                    }
                });
                return;
            } catch (DuplicateKeyException firstOfYearRace) {
                // another caller created this year's counter at the same moment: it is there now
                if (attempt == MAX_ATTEMPTS) {
                    throw firstOfYearRace;
                }
            }
        }
    }
}

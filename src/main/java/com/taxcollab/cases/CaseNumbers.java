package com.taxcollab.cases;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates case numbers {@code {TYPE}-{YYYY}-{NNNNNN}} without gaps: the number is counted in the
 * opening's own transaction, so an opening that fails gives its number back. Openings of one type
 * wait for each other on the counter row until each commits; that is the price of official
 * numbering without gaps. Only a year's first counter row is created in a short transaction of its
 * own, so that a race on it can be retried.
 */
@Component
class CaseNumbers {

    private static final int MAX_ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number; call it within the opening's transaction. */
    String next(CaseType type) {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        ensureCounter(type.name(), year);
        jdbc.update("UPDATE case_number_counters SET last_number = last_number + 1 WHERE case_type = ? AND case_year = ?",
                type.name(), year);
        return format(type, year, jdbc.queryForObject("SELECT last_number FROM case_number_counters"
                + " WHERE case_type = ? AND case_year = ?", Long.class, type.name(), year));
    }

    private void ensureCounter(String type, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    if (jdbc.queryForObject("SELECT COUNT(*) FROM case_number_counters WHERE case_type = ? AND case_year = ?",
                            Integer.class, type, year) == 0) {
                        jdbc.update("INSERT INTO case_number_counters (case_type, case_year, last_number) VALUES (?, ?, 0)",
                                type, year);
                    }
                });
                return;
            } catch (DuplicateKeyException firstOfYearRace) {
                // another opening created this year's counter at the same moment: it is there now
                if (attempt == MAX_ATTEMPTS) {
                    throw firstOfYearRace;
                }
            }
        }
    }

    static String format(CaseType type, int year, long number) {
        return "%s-%04d-%06d".formatted(type.name(), year, number);
    }
}

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
 * Allocates case numbers {@code {TYPE}-{YYYY}-{NNNNNN}}. Each allocation commits in its own short
 * transaction, so concurrent case openings wait only for the counter row's lock, never for each
 * other's whole work; a case that then fails to open leaves a gap, never a duplicate.
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

    String next(CaseType type) {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        for (int attempt = 1; ; attempt++) {
            try {
                Long number = ownTransaction.execute(status -> increment(type.name(), year));
                return format(type, year, number);
            } catch (DuplicateKeyException firstOfYearRace) {
                // another opening created this year's counter at the same moment: count on it instead
                if (attempt == MAX_ATTEMPTS) {
                    throw firstOfYearRace;
                }
            }
        }
    }

    static String format(CaseType type, int year, long number) {
        return "%s-%04d-%06d".formatted(type.name(), year, number);
    }

    private Long increment(String type, int year) {
        int updated = jdbc.update("UPDATE case_number_counters SET last_number = last_number + 1"
                + " WHERE case_type = ? AND case_year = ?", type, year);
        if (updated == 0) {
            jdbc.update("INSERT INTO case_number_counters (case_type, case_year, last_number) VALUES (?, ?, 1)",
                    type, year);
            return 1L;
        }
        return jdbc.queryForObject("SELECT last_number FROM case_number_counters WHERE case_type = ? AND case_year = ?",
                Long.class, type, year);
    }
}

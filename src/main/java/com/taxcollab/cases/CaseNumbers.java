package com.taxcollab.cases;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Allocates case numbers {@code {TYPE}-{YYYY}-{NNNNNN}} without gaps, one series per case type. */
@Component
class CaseNumbers {

    private final YearCounters counters;
    private final Clock clock;

    CaseNumbers(YearCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** The next number; call it within the opening's transaction. */
    String next(CaseType type) {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return format(type, year, counters.next("case:" + type.name(), year));
    }

    static String format(CaseType type, int year, long number) {
        return "%s-%04d-%06d".formatted(type.name(), year, number);
    }
}

package com.taxcollab.seizure;

import com.taxcollab.system.ChinaTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/**
 * A seal's term, from its first to its last day (Beijing time): it lapses at the end of the last
 * day, and tax is asked to renew or release {@code noticeDays} calendar days before, at 09:00.
 */
record SeizureTerm(LocalDate from, LocalDate until) {

    static SeizureTerm of(LocalDate from, int months) {
        return new SeizureTerm(from, from.plusMonths(months).minusDays(1));
    }

    /** The next term, starting the day after this one ends. */
    SeizureTerm renewed(int months) {
        return of(until.plusDays(1), months);
    }

    Date end() {
        return Date.from(until.atTime(LocalTime.of(23, 59, 59)).atZone(ChinaTime.ZONE).toInstant());
    }

    Date renewalDecisionAt(int noticeDays) {
        return Date.from(until.minusDays(noticeDays).atTime(LocalTime.of(9, 0)).atZone(ChinaTime.ZONE).toInstant());
    }
}

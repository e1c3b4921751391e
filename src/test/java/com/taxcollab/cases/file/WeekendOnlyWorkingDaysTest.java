package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekendOnlyWorkingDaysTest {

    private final WeekendOnlyWorkingDays days = new WeekendOnlyWorkingDays();

    @Test
    void countsWeekdaysAfterTheFirstDayUpToAndIncludingTheLast() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(days.workingDaysBetween(friday, friday)).isZero();
        assertThat(days.workingDaysBetween(friday, friday.plusDays(2))).isZero();
        assertThat(days.workingDaysBetween(friday, friday.plusDays(3))).isEqualTo(1);
        assertThat(days.workingDaysBetween(friday, friday.plusDays(7))).isEqualTo(5);
    }

    @Test
    void aPastDayCountsNegative() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(days.workingDaysBetween(monday, monday.minusDays(3))).isEqualTo(-1);
    }
}

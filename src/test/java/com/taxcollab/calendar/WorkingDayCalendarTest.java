package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tricky dates of the official calendar, on the data that ships with the project. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void nationalDayAndMidAutumn2026AreOffAndTheirWeekendMakeUpDaysAreOn() {
        assertThat(calendar.isWorkingDay(date("2026-09-20"))).as("Sunday make-up day").isTrue();
        assertThat(calendar.dayName(date("2026-09-20"))).contains("调休上班");
        assertThat(calendar.isWorkingDay(date("2026-09-25"))).as("Mid-Autumn, a Friday").isFalse();
        assertThat(calendar.dayName(date("2026-09-25"))).contains("中秋节");
        for (LocalDate day = date("2026-10-01"); !day.isAfter(date("2026-10-07")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            assertThat(calendar.dayName(day)).contains("国庆节");
        }
        assertThat(calendar.isWorkingDay(date("2026-10-08"))).isTrue();
        assertThat(calendar.dayName(date("2026-10-08"))).isEmpty();
        assertThat(calendar.isWorkingDay(date("2026-10-10"))).as("Saturday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-10-11"))).isFalse();
    }

    @Test
    void countingAcrossNationalDay2026SkipsTheHolidayAndCountsTheMakeUpSaturday() {
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 3)).isEqualTo("2026-10-10");
        assertThat(calendar.addWorkingDays(date("2026-09-24"), 1)).as("over Mid-Autumn").isEqualTo("2026-09-28");
        assertThat(calendar.addWorkingDays(date("2026-10-08"), -1)).isEqualTo("2026-09-30");
        assertThat(calendar.addWorkingDays(date("2026-10-12"), -2)).isEqualTo("2026-10-09");
        assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-10"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(date("2026-09-18"), date("2026-10-09"))).isEqualTo(10);
    }

    @Test
    void springFestival2026HasAMakeUpSaturdayOnEachSide() {
        assertThat(calendar.isWorkingDay(date("2026-02-14"))).as("Saturday before").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("Saturday after").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-15"))).as("Sunday in the holiday").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-02-23"))).as("Monday in the holiday").isFalse();
        assertThat(calendar.dayName(date("2026-02-17"))).contains("春节");
        assertThat(calendar.dayName(date("2026-02-28"))).contains("调休上班");

        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
        assertThat(calendar.addWorkingDays(date("2026-02-24"), -1)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(date("2026-02-24"), 4)).isEqualTo("2026-02-28");
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
    }

    @Test
    void countingCrossesTheYearBoundaryIntoNewYearHolidayAndItsMakeUpSunday() {
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04");
        assertThat(calendar.addWorkingDays(date("2026-01-04"), -1)).isEqualTo("2025-12-31");
        assertThat(calendar.workingDaysBetween(date("2025-12-30"), date("2026-01-05"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(date("2026-01-05"), date("2025-12-30"))).isEqualTo(-3);
        assertThat(calendar.dayName(date("2026-01-01"))).contains("元旦");
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnly() {
        assertThat(calendar.hasYear(2027)).isFalse();
        assertThat(calendar.yearsInForce()).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).as("a Friday, no data").isTrue();
        assertThat(calendar.dayName(date("2027-01-01"))).isEmpty();
        assertThat(calendar.isWorkingDay(date("2027-01-02"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo("2027-01-01");
        assertThat(calendar.addWorkingDays(date("2027-01-01"), 1)).isEqualTo("2027-01-04");
        assertThat(calendar.workingDaysBetween(date("2027-09-30"), date("2027-10-08"))).isEqualTo(6);
    }

    @Test
    void aLoadedYearTakesEffectAtOnce() {
        calendar.replaceYear(2027, List.of(new CalendarDay(date("2027-01-01"), "元旦", true)));

        assertThat(calendar.isWorkingDay(date("2027-01-01"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo("2027-01-04");
        assertThat(calendar.yearsInForce()).contains(2027);
    }

    @Test
    void earlierYearsShipWithTheProject() {
        assertThat(calendar.isWorkingDay(date("2022-01-29"))).as("2022 Spring Festival make-up Saturday").isTrue();
        assertThat(calendar.dayName(date("2023-09-29"))).contains("中秋节、国庆节");
        assertThat(calendar.isWorkingDay(date("2024-02-18"))).as("2024 make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(date("2025-01-28"))).as("2025 Spring Festival's eve").isFalse();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

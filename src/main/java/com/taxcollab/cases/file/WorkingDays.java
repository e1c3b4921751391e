package com.taxcollab.cases.file;

import java.time.LocalDate;

/**
 * Counts working days for the task lights. Stands in for the working-day calendar
 * ({@code com.taxcollab.calendar.WorkingDayCalendar}) until it is merged: an adapter to it replaces
 * {@link WeekendOnlyWorkingDays}.
 */
interface WorkingDays {

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    long workingDaysBetween(LocalDate from, LocalDate to);
}

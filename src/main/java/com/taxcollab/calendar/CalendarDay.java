package com.taxcollab.calendar;

import java.time.LocalDate;

/**
 * One exception to "Monday to Friday work, weekends off": a holiday ({@code offDay}) or a make-up
 * working day on a weekend (调休上班). {@code name} is the festival it belongs to, e.g. 国庆节.
 */
public record CalendarDay(LocalDate date, String name, boolean offDay) {
}

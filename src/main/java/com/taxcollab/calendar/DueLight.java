package com.taxcollab.calendar;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

/** How close a task is to its due date, as in rectification tracking: the light and the working days left. */
public enum DueLight {
    GREEN("正常"),
    YELLOW("临期"),
    RED("逾期"),
    NONE("未设期限");

    /** Yellow from this many working days before the due date. */
    public static final int YELLOW_WORKING_DAYS = 3;

    private final String label;

    DueLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The light of a due date now, and the working days from today to its day (null without a due date). */
    public record Reading(DueLight light, Integer workingDaysLeft) {
    }

    public static Reading of(Date due, Clock clock, WorkingDayCalendar workingDays) {
        if (due == null) {
            return new Reading(NONE, null);
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate dueDay = due.toInstant().atZone(ChinaTime.ZONE).toLocalDate();
        int left = workingDays.workingDaysBetween(today, dueDay);
        DueLight light = clock.instant().isAfter(due.toInstant()) ? RED : left <= YELLOW_WORKING_DAYS ? YELLOW : GREEN;
        return new Reading(light, left);
    }
}

package com.taxcollab.assessment;

import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How each department performed its duties in a period (三(三) 目标责任考核), across every process:
 * duties received in the period, completed in it on time or late, and — as of now — still open within
 * time or overdue, with the working days overdue on the calendar the lights use. A task the case moved
 * past after its due date (an escalation took it away) counts as late; one it moved past in time
 * counts neither way. 按期办结率 = on time ÷ (on time + late).
 */
@Component
class Performance {

    private final TaskRecords records;
    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Performance(TaskRecords records, Organisation organisation, WorkingDayCalendar calendar, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.calendar = calendar;
        this.clock = clock;
    }

    record DepartmentFigures(String department, String departmentName, int received, int onTime, int late,
            int openInTime, int overdue, int overdueWorkingDays, Double onTimeRate) {
    }

    /** One row per department with any duty, best on-time rate first (departments without a rate last). */
    List<DepartmentFigures> of(List<String> jurisdictions, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime until = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (TaskRecords.Row row : records.relevant(jurisdictions, start, until)) {
            int[] c = counts.computeIfAbsent(row.department(), d -> new int[6]);
            if (within(row.createdAt(), start, until)) {
                c[0]++;
            }
            if (row.endedAt() != null && within(row.endedAt(), start, until)) {
                boolean late = row.dueAt() != null && row.endedAt().isAfter(row.dueAt());
                if (late) {
                    c[2]++;
                } else if (TaskRecords.COMPLETED.equals(row.endedHow())) {
                    c[1]++;
                }
            } else if (row.endedAt() == null) {
                if (row.dueAt() != null && now.isAfter(row.dueAt())) {
                    c[4]++;
                    c[5] += Math.max(0, calendar.workingDaysBetween(
                            row.dueAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(), today));
                } else {
                    c[3]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            Double rate = c[1] + c[2] == 0 ? null : Math.round(1000.0 * c[1] / (c[1] + c[2])) / 10.0;
            return new DepartmentFigures(e.getKey(), organisation.departmentName(e.getKey()).orElse(e.getKey()),
                    c[0], c[1], c[2], c[3], c[4], c[5], rate);
        }).sorted(Comparator.comparing(DepartmentFigures::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DepartmentFigures::department)).toList();
    }

    private static boolean within(OffsetDateTime time, OffsetDateTime start, OffsetDateTime until) {
        return !time.isBefore(start) && time.isBefore(until);
    }
}

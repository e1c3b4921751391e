package com.taxcollab.assessment;

import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** What a task counts as in a period; a task received in it counts once more for what became of it. */
    enum Count {
        RECEIVED, ON_TIME, LATE, OPEN_IN_TIME, OVERDUE
    }

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

    /** A task behind a number: its case, what it was, when it was due and ended, working days overdue. */
    record CountedTask(String caseNumber, String caseType, String task, OffsetDateTime createdAt,
            OffsetDateTime dueAt, OffsetDateTime endedAt, int overdueWorkingDays, Set<Count> counts) {
    }

    /** One row per department with any duty, best on-time rate first (departments without a rate last). */
    List<DepartmentFigures> of(List<String> jurisdictions, LocalDate from, LocalDate to) {
        Map<String, Map<Count, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> overdueDays = new LinkedHashMap<>();
        for (Map.Entry<String, CountedTask> e : counted(jurisdictions, from, to)) {
            Map<Count, Integer> c = counts.computeIfAbsent(e.getKey(), d -> new EnumMap<>(Count.class));
            e.getValue().counts().forEach(count -> c.merge(count, 1, Integer::sum));
            overdueDays.merge(e.getKey(), e.getValue().overdueWorkingDays(), Integer::sum);
        }
        return counts.entrySet().stream().map(e -> {
            Map<Count, Integer> c = e.getValue();
            int onTime = c.getOrDefault(Count.ON_TIME, 0);
            int late = c.getOrDefault(Count.LATE, 0);
            Double rate = onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
            return new DepartmentFigures(e.getKey(), organisation.departmentName(e.getKey()).orElse(e.getKey()),
                    c.getOrDefault(Count.RECEIVED, 0), onTime, late, c.getOrDefault(Count.OPEN_IN_TIME, 0),
                    c.getOrDefault(Count.OVERDUE, 0), overdueDays.get(e.getKey()), rate);
        }).sorted(Comparator.comparing(DepartmentFigures::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DepartmentFigures::department)).toList();
    }

    /** The department's tasks behind one number. */
    List<CountedTask> tasks(List<String> jurisdictions, LocalDate from, LocalDate to, String department,
            Count count) {
        return counted(jurisdictions, from, to).stream()
                .filter(e -> e.getKey().equals(department) && e.getValue().counts().contains(count))
                .map(Map.Entry::getValue).sorted(Comparator.comparing(CountedTask::createdAt)).toList();
    }

    private List<Map.Entry<String, CountedTask>> counted(List<String> jurisdictions, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime until = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return records.relevant(jurisdictions, start, until).stream()
                .map(row -> Map.entry(row.department(), counted(row, start, until, now)))
                .filter(e -> !e.getValue().counts().isEmpty()).toList();
    }

    private CountedTask counted(TaskRecords.Row row, OffsetDateTime start, OffsetDateTime until, OffsetDateTime now) {
        Set<Count> counts = EnumSet.noneOf(Count.class);
        int overdueDays = 0;
        if (within(row.createdAt(), start, until)) {
            counts.add(Count.RECEIVED);
        }
        if (row.endedAt() != null && within(row.endedAt(), start, until)) {
            if (row.dueAt() != null && row.endedAt().isAfter(row.dueAt())) {
                counts.add(Count.LATE);
            } else if (TaskRecords.COMPLETED.equals(row.endedHow())) {
                counts.add(Count.ON_TIME);
            }
        } else if (row.endedAt() == null) {
            if (row.dueAt() != null && now.isAfter(row.dueAt())) {
                counts.add(Count.OVERDUE);
                overdueDays = Math.max(0, calendar.workingDaysBetween(
                        row.dueAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(),
                        now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate()));
            } else {
                counts.add(Count.OPEN_IN_TIME);
            }
        }
        return new CountedTask(row.caseNumber(), row.caseType(), row.taskName(), row.createdAt(), row.dueAt(),
                row.endedAt(), overdueDays, counts);
    }

    private static boolean within(OffsetDateTime time, OffsetDateTime start, OffsetDateTime until) {
        return !time.isBefore(start) && time.isBefore(until);
    }
}

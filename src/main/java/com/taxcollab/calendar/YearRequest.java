package com.taxcollab.calendar;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A year's exception days as an administrator sends them: {@code {"days":[{"date":"2027-01-01",
 * "name":"元旦","offDay":true}, …]}}. Fields are read as text so that a bad entry is named, not
 * just "bad JSON".
 */
record YearRequest(List<Entry> days) {

    static final int MAX_NAME_LENGTH = 50;

    record Entry(String date, String name, Boolean offDay) {
    }

    /** The days, or an {@link InvalidInputException} naming every bad entry. */
    List<CalendarDay> validate(int year) {
        List<FieldProblem> problems = new ArrayList<>();
        CalendarParameters.checkYear(year).ifPresent(problems::add);
        if (days == null) {
            problems.add(new FieldProblem("days", "必须填写（没有节假日调整的年份请提交空列表）"));
            throw new InvalidInputException(problems);
        }
        List<CalendarDay> valid = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String field = "days[" + i + "]";
            Entry entry = days.get(i);
            if (entry == null) {
                problems.add(new FieldProblem(field, "不能为空"));
                continue;
            }
            LocalDate date = date(entry.date(), year, field + ".date", problems);
            if (date != null && seen.putIfAbsent(date, i) != null) {
                problems.add(new FieldProblem(field + ".date", date + " 与 days[" + seen.get(date) + "] 重复"));
            }
            String name = entry.name() == null ? "" : entry.name().strip();
            if (name.isEmpty()) {
                problems.add(new FieldProblem(field + ".name", "必须填写节日名称，如“国庆节”"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(new FieldProblem(field + ".name", "不能超过 " + MAX_NAME_LENGTH + " 个字"));
            }
            if (entry.offDay() == null) {
                problems.add(new FieldProblem(field + ".offDay", "必须填写：true 表示放假，false 表示调休上班"));
            } else if (!entry.offDay() && date != null && !weekend(date)) {
                problems.add(new FieldProblem(field + ".offDay", "调休上班日应为周六或周日，" + date + " 是"
                        + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)));
            }
            if (date != null && !name.isEmpty() && entry.offDay() != null) {
                valid.add(new CalendarDay(date, name, entry.offDay()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    private static LocalDate date(String text, int year, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "必须填写日期"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() != year) {
                problems.add(new FieldProblem(field, text + " 不在 " + year + " 年内"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "日期格式应为 yyyy-MM-dd：" + text));
            return null;
        }
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

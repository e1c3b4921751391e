package com.taxcollab.calendar;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Parses the calendar API's parameters, answering bad ones with the parameter's name. */
final class CalendarParameters {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    static final int MAX_ADD = 366;

    private CalendarParameters() {
    }

    static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "日期格式应为 yyyy-MM-dd，收到：" + value);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException(name, "日期应在 " + FIRST_YEAR + "-01-01 至 " + LAST_YEAR + "-12-31 之间");
        }
        return date;
    }

    static int add(String name, String value) {
        int add;
        try {
            add = asciiInteger(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "应为整数，收到：" + value);
        }
        if (add < 1 || add > MAX_ADD) {
            throw new InvalidInputException(name, "应在 1 至 " + MAX_ADD + " 之间");
        }
        return add;
    }

    static int year(String name, String value) {
        int year;
        try {
            year = asciiInteger(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "年份应为四位数字，收到：" + value);
        }
        checkYear(year).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        return year;
    }

    /** Digits 0-9 only: Java would also read full-width ２０２７ and other scripts' digits. */
    private static int asciiInteger(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("-?[0-9]{1,9}")) {
            throw new NumberFormatException(text);
        }
        return Integer.parseInt(text);
    }

    static Optional<FieldProblem> checkYear(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR
                ? Optional.of(new FieldProblem("year", "年份应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间"))
                : Optional.empty();
    }
}

package com.taxcollab.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A year as twelve month grids, Monday first, the way a Chinese wall calendar shows it. */
final class MonthGrid {

    private MonthGrid() {
    }

    static List<Month> of(int year, WorkingDayCalendar calendar) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(Cell.EMPTY);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                week.add(cell(month.atDay(d), calendar));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.EMPTY);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    private static Cell cell(LocalDate date, WorkingDayCalendar calendar) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        String name = calendar.year(date.getYear()).stream().filter(day -> day.date().equals(date))
                .map(CalendarDay::name).findFirst().orElse(null);
        String kind;
        if (calendar.isWorkingDay(date)) {
            kind = weekend ? "makeup" : "workday";
        } else {
            kind = name != null ? "holiday" : "weekend";
        }
        return new Cell(date, kind, name);
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    /** {@code kind}: workday, weekend, holiday (off by the arrangement) or makeup (调休上班). */
    record Cell(LocalDate date, String kind, String name) {

        static final Cell EMPTY = new Cell(null, "empty", null);

        public String label() {
            return switch (kind) {
                case "holiday" -> name;
                case "makeup" -> "班";
                default -> "";
            };
        }

        public String title() {
            return switch (kind) {
                case "holiday" -> name + "（放假）";
                case "makeup" -> WorkingDayCalendar.MAKE_UP_WORKING_DAY + (name == null ? "" : "（" + name + "）");
                case "weekend" -> "周末";
                default -> "工作日";
            };
        }
    }
}

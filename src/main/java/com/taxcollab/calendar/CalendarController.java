package com.taxcollab.calendar;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the working-day calendar, for any logged-in user or system. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final WorkingDayCalendar calendar;

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/days/{date}")
    Day day(@PathVariable("date") String date) {
        LocalDate day = CalendarParameters.date("date", date);
        return new Day(day, calendar.isWorkingDay(day), calendar.dayName(day).orElse(null));
    }

    @GetMapping("/working-days")
    Added add(@RequestParam("from") String from, @RequestParam("add") String add) {
        LocalDate start = CalendarParameters.date("from", from);
        int days = CalendarParameters.add("add", add);
        return new Added(start, days, calendar.addWorkingDays(start, days));
    }

    @GetMapping("/working-days/between")
    Between between(@RequestParam("from") String from, @RequestParam("to") String to) {
        LocalDate start = CalendarParameters.date("from", from);
        LocalDate end = CalendarParameters.date("to", to);
        return new Between(start, end, calendar.workingDaysBetween(start, end));
    }

    record Day(LocalDate date, boolean workingDay, String name) {
    }

    record Added(LocalDate from, int add, LocalDate date) {
    }

    record Between(LocalDate from, LocalDate to, int workingDays) {
    }
}

package com.taxcollab.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page of a calendar year: a month grid, where its data came from, and an editor. */
@Controller
class CalendarAdminController {

    private final CalendarYears years;
    private final WorkingDayCalendar calendar;
    private final CurrentUserService currentUsers;
    private final ObjectMapper json;
    private final Clock clock;

    CalendarAdminController(CalendarYears years, WorkingDayCalendar calendar, CurrentUserService currentUsers,
            ObjectMapper json, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.currentUsers = currentUsers;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String year(@RequestParam(name = "year", required = false) Integer year, Model model)
            throws JsonProcessingException {
        CurrentUser user = currentUsers.require();
        if (!user.admin()) {
            throw new AccessDeniedException("calendar administration is for camunda-admin only");
        }
        int shown = year == null ? LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear()
                : Math.max(CalendarParameters.FIRST_YEAR, Math.min(CalendarParameters.LAST_YEAR, year));
        CalendarYears.YearView view = years.inForce(shown);
        model.addAttribute("user", user);
        model.addAttribute("year", view);
        model.addAttribute("months", MonthGrid.of(shown, calendar));
        model.addAttribute("workingDayCount",
                calendar.workingDaysBetween(LocalDate.of(shown - 1, 12, 31), LocalDate.of(shown, 12, 31)));
        model.addAttribute("yearJson", json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("days", view.days())));
        model.addAttribute("firstYear", CalendarParameters.FIRST_YEAR);
        model.addAttribute("lastYear", CalendarParameters.LAST_YEAR);
        return "calendar-admin";
    }
}

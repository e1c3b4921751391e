package com.taxcollab.calendar;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A calendar year as a whole: anyone may read what is in force; only administrators (camunda-admin)
 * load a year, e.g. next year's arrangement when the State Council publishes it.
 */
@RestController
@RequestMapping("/api/calendar/years/{year}")
class CalendarYearController {

    private final CalendarYears years;
    private final CurrentUserService currentUsers;

    CalendarYearController(CalendarYears years, CurrentUserService currentUsers) {
        this.years = years;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    CalendarYears.YearView get(@PathVariable("year") String year) {
        return years.inForce(CalendarParameters.year("year", year));
    }

    @PutMapping
    CalendarYears.YearView put(@PathVariable("year") String year, @RequestBody YearRequest request) {
        CurrentUser user = administrator();
        int value = CalendarParameters.year("year", year);
        return years.replace(value, request.validate(value), user.id());
    }

    @GetMapping("/changes")
    List<CalendarYearRepository.YearChange> changes(@PathVariable("year") String year) {
        administrator();
        return years.changes(CalendarParameters.year("year", year));
    }

    private CurrentUser administrator() {
        CurrentUser user = currentUsers.require();
        if (!user.admin()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "只有系统管理员可以维护工作日历");
            problem.setTitle("无权操作");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
        }
        return user;
    }
}

package com.taxcollab.assessment;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.rectification.ItemVisibility;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * 考核: each department's 按期办结率 and its counts for a period and jurisdiction, for supervisors and
 * leaders, as {@code GET /api/assessment?from=&to=&jurisdiction=} and the page {@code /assessment}.
 * The period defaults to this year so far.
 */
@Controller
class AssessmentController {

    private final Performance performance;
    private final Organisation organisation;
    private final CurrentUserService users;
    private final Clock clock;

    AssessmentController(Performance performance, Organisation organisation, CurrentUserService users, Clock clock) {
        this.performance = performance;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
    }

    record Assessment(LocalDate from, LocalDate to, List<String> jurisdictions,
            List<Performance.DepartmentFigures> departments) {
    }

    record Option(String id, String name) {
    }

    @GetMapping("/api/assessment")
    @ResponseBody
    Assessment assessment(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction) {
        CurrentUser user = overseer();
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        List<String> scope = scope(user, jurisdiction);
        return new Assessment(start, end, scope, performance.of(scope, start, end));
    }

    @GetMapping("/assessment")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction, Model model) {
        Assessment assessment = assessment(from, to, jurisdiction);
        CurrentUser user = users.require();
        model.addAttribute("user", user);
        model.addAttribute("assessment", assessment);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("jurisdictions", visible(user).stream()
                .map(id -> new Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        return "assessment";
    }

    private CurrentUser overseer() {
        CurrentUser user = users.require();
        if (!ItemVisibility.oversees(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "考核仅供督查室和分管领导查看");
        }
        return user;
    }

    private List<String> scope(CurrentUser user, String jurisdiction) {
        List<String> visible = visible(user);
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return visible;
        }
        if (!visible.contains(jurisdiction)) {
            throw new InvalidInputException("jurisdiction", "不能查看该辖区：" + jurisdiction);
        }
        return List.of(jurisdiction);
    }

    private List<String> visible(CurrentUser user) {
        return user.admin() ? organisation.jurisdictionIds() : user.jurisdictions();
    }
}

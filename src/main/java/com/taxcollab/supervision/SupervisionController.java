package com.taxcollab.supervision;

import com.taxcollab.assistance.AssistanceLedger;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.rectification.ItemVisibility;
import com.taxcollab.rectification.Light;
import com.taxcollab.rectification.RectificationFigures;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The supervisors' dashboard (督查看板) for supervision and leadership: the page and its figures. */
@Controller
class SupervisionController {

    static final int LIST_LIMIT = 100;

    private final CurrentUserService currentUsers;
    private final Organisation organisation;
    private final RectificationFigures figures;
    private final OverdueTasks overdueTasks;
    private final AssistanceLedger assistance;
    private final Clock clock;

    SupervisionController(CurrentUserService currentUsers, Organisation organisation, RectificationFigures figures,
            OverdueTasks overdueTasks, AssistanceLedger assistance, Clock clock) {
        this.currentUsers = currentUsers;
        this.organisation = organisation;
        this.figures = figures;
        this.overdueTasks = overdueTasks;
        this.assistance = assistance;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String page(Model model) {
        CurrentUser user = overseer();
        model.addAttribute("user", user);
        model.addAttribute("jurisdictions", jurisdictions(user).stream()
                .map(id -> new Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today);
        return "supervision";
    }

    @GetMapping("/api/supervision/dashboard")
    @ResponseBody
    Dashboard dashboard(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CurrentUser user = overseer();
        List<String> scope = jurisdictions(user);
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            if (!scope.contains(jurisdiction)) {
                throw new InvalidInputException("jurisdiction", "不能查看该辖区：" + jurisdiction);
            }
            scope = List.of(jurisdiction);
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        return new Dashboard(figures.lights(scope), figures.overdueByDepartment(scope),
                figures.closureRates(scope, start, end), figures.redList(scope, LIST_LIMIT),
                overdueTasks.list(scope, Date.from(clock.instant()), LIST_LIMIT), assistance.open(scope, LIST_LIMIT),
                start, end);
    }

    private CurrentUser overseer() {
        CurrentUser user = currentUsers.require();
        if (!ItemVisibility.oversees(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "督查看板仅供督查室和分管领导使用");
        }
        return user;
    }

    private List<String> jurisdictions(CurrentUser user) {
        return user.admin() ? organisation.jurisdictionIds() : user.jurisdictions();
    }

    record Option(String id, String name) {
    }

    record Dashboard(Map<Light, Long> lights, List<RectificationFigures.DepartmentCount> overdueByDepartment,
            List<RectificationFigures.ClosureRate> closureRates, List<RectificationFigures.RedItem> redList,
            List<OverdueTasks.OverdueTask> overdueTasks, List<AssistanceLedger.Row> assistance, LocalDate from,
            LocalDate to) {
    }
}

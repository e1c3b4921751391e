package com.taxcollab.assessment;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.rectification.ItemVisibility;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.XlsxTables;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    static final List<String> EXPORT_HEADERS = List.of("排名", "部门", "接收事项", "按期办结", "逾期办结", "在办未逾期",
            "已逾期", "逾期工作日", "按期办结率");
    static final java.util.Map<String, String> COUNT_LABELS = java.util.Map.of("RECEIVED", "接收事项", "ON_TIME",
            "按期办结", "LATE", "逾期办结", "OPEN_IN_TIME", "在办未逾期", "OVERDUE", "已逾期");

    private static final int MAX_TREND_MONTHS = 24;

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

    /** Each month's 按期办结率 of every department and of all of them, for the trend chart. */
    record Trend(List<String> months, List<Double> overall, List<DepartmentTrend> departments) {
    }

    record DepartmentTrend(String department, String departmentName, List<Double> rates) {
    }

    /**
     * The period month by month (at most 24 months): each department's rate and the overall one, null for a
     * month in which nothing was completed.
     */
    @GetMapping("/api/assessment/trend")
    @ResponseBody
    Trend trend(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction) {
        Assessment period = assessment(from, to, jurisdiction);
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.to());
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (months.size() > MAX_TREND_MONTHS) {
            throw new InvalidInputException("from", "趋势最多按 " + MAX_TREND_MONTHS + " 个月显示，请缩短时间段");
        }
        List<Double> overall = new ArrayList<>();
        java.util.Map<String, DepartmentTrend> byDepartment = new java.util.TreeMap<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            LocalDate start = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
            List<Performance.DepartmentFigures> rows = performance.of(period.jurisdictions(), start, end);
            int onTime = rows.stream().mapToInt(Performance.DepartmentFigures::onTime).sum();
            int late = rows.stream().mapToInt(Performance.DepartmentFigures::late).sum();
            overall.add(onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0);
            for (Performance.DepartmentFigures row : rows) {
                int at = i;
                byDepartment.computeIfAbsent(row.department(), d -> new DepartmentTrend(d, row.departmentName(),
                        new ArrayList<>(java.util.Collections.nCopies(months.size(), null)))).rates()
                        .set(at, row.onTimeRate());
            }
        }
        return new Trend(months.stream().map(YearMonth::toString).toList(), overall,
                List.copyOf(byDepartment.values()));
    }

    /** The tasks behind one number of a department: {@code count} RECEIVED, ON_TIME, LATE, OPEN_IN_TIME, OVERDUE. */
    @GetMapping("/api/assessment/tasks")
    @ResponseBody
    List<Performance.CountedTask> tasks(@RequestParam String department, @RequestParam String count,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction) {
        Assessment period = assessment(from, to, jurisdiction);
        if (!organisation.isDepartment(department)) {
            throw new InvalidInputException("department", "未知部门：" + department);
        }
        Performance.Count which;
        try {
            which = Performance.Count.valueOf(count);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("count", "统计项须为 RECEIVED、ON_TIME、LATE、OPEN_IN_TIME 或 OVERDUE");
        }
        return performance.tasks(period.jurisdictions(), period.from(), period.to(), department, which);
    }

    @GetMapping("/api/assessment.xlsx")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction, HttpServletResponse response) throws IOException {
        Assessment assessment = assessment(from, to, jurisdiction);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("目标责任考核");
            XlsxTables.header(sheet, EXPORT_HEADERS, List.of(6, 24, 10, 10, 10, 12, 10, 12, 12));
            int r = 1;
            for (Performance.DepartmentFigures d : assessment.departments()) {
                XlsxTables.cells(sheet.createRow(r), r, d.departmentName(), d.received(), d.onTime(), d.late(),
                        d.openInTime(), d.overdue(), d.overdueWorkingDays(),
                        d.onTimeRate() == null ? "—" : d.onTimeRate() + "%");
                r++;
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("目标责任考核_" + assessment.from() + "_" + assessment.to() + ".xlsx", StandardCharsets.UTF_8)
                    .build().toString());
            workbook.write(response.getOutputStream());
        }
    }

    @GetMapping("/assessment/tasks")
    String tasksPage(@RequestParam String department, @RequestParam String count,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String jurisdiction, Model model) {
        model.addAttribute("tasks", tasks(department, count, from, to, jurisdiction));
        model.addAttribute("user", users.require());
        model.addAttribute("departmentName", organisation.departmentName(department).orElse(department));
        model.addAttribute("countLabel", COUNT_LABELS.get(count));
        return "assessment-tasks";
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

package com.taxcollab.cases.search;

import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.Paging;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Case search as a page ({@code /cases}) and as JSON ({@code GET /api/cases}), paginated. */
@Controller
class CaseSearchController {

    static final int MAX_PAGE_SIZE = 100;

    private final CaseSearch search;
    private final CurrentUserService currentUsers;
    private final Organisation organisation;

    CaseSearchController(CaseSearch search, CurrentUserService currentUsers, Organisation organisation) {
        this.search = search;
        this.currentUsers = currentUsers;
        this.organisation = organisation;
    }

    @GetMapping("/api/cases")
    @ResponseBody
    CasePage api(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return run(currentUsers.require(), parse(q, type, status, jurisdiction, from, to, page, size),
                page, size);
    }

    @GetMapping("/cases")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("jurisdictions", organisation.jurisdictionIds().stream()
                .map(id -> new Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        try {
            model.addAttribute("result", run(user, parse(q, type, status, jurisdiction, from, to, page, 20), page, 20));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems().stream().map(FieldProblem::message).toList());
        }
        return "cases";
    }

    private CasePage run(CurrentUser user, CaseQuery query, int page, int size) {
        return new CasePage(search.find(user, query, page * size, size), page, size, search.count(user, query));
    }

    private CaseQuery parse(String q, String type, String status, String jurisdiction, String from, String to,
            int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseType caseType = enumValue(CaseType.class, "type", "案件类型", type, problems);
        CaseStatus caseStatus = enumValue(CaseStatus.class, "status", "案件状态", status, problems);
        String jurisdictionId = blankToNull(jurisdiction);
        if (jurisdictionId != null && !organisation.isJurisdiction(jurisdictionId)) {
            problems.add(new FieldProblem("jurisdiction", "未知辖区：" + jurisdictionId));
        }
        LocalDate fromDay = date("from", from, problems);
        LocalDate toDay = date("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(new FieldProblem("to", "结束日期不能早于开始日期"));
        }
        problems.addAll(Paging.problems(page, size, MAX_PAGE_SIZE));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseQuery(blankToNull(q), caseType, caseStatus, jurisdictionId, fromDay, toDay);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String label, String value,
            List<FieldProblem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "未知" + label + "：" + v + "，可选值："
                    + String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "日期格式应为 yyyy-MM-dd：" + v));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record CasePage(List<CaseSummary> items, int page, int size, long total) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    record Option(String id, String name) {
    }
}

package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 发起: the case types the officer's departments may open, each a page whose form posts to the
 * product's API and answers with the new case's number and link, or with each field's problem.
 */
@Controller
class StartPages {

    /** Case types opened from a page of ours (court cases also come through the court API). */
    private static final Map<CaseType, String> PAGES = Map.of(CaseType.ZY, "dispute", CaseType.CF, "seizure",
            CaseType.XZ, "assistance", CaseType.YS, "criminal-transfer", CaseType.BK, "exit-control",
            CaseType.YH, "bank", CaseType.PM, "auction", CaseType.PC, "bankruptcy");

    /** The pages that are a Camunda Form of {@code forms/}, sent to {@code POST /api/cases}. */
    private static final Map<CaseType, String> START_FORMS = Map.of(CaseType.PM, "auction-start",
            CaseType.PC, "bankruptcy-start");

    private final CurrentUserService currentUsers;
    private final Organisation organisation;

    StartPages(CurrentUserService currentUsers, Organisation organisation) {
        this.currentUsers = currentUsers;
        this.organisation = organisation;
    }

    record Startable(String label, String href) {
    }

    record Option(String id, String name) {
    }

    /** What the user may start, in the order of {@link CaseType}. */
    static List<Startable> startables(CurrentUser user) {
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(CaseType.values())
                .filter(type -> PAGES.containsKey(type) && type.mayBeOpenedByAnyOf(user.departments()))
                .map(type -> new Startable(type.label(), "/workbench/start/" + PAGES.get(type))).toList();
    }

    @GetMapping("/workbench/start/{page}")
    String start(@PathVariable String page, Model model) {
        CurrentUser user = currentUsers.require();
        CaseType type = PAGES.entrySet().stream().filter(e -> e.getValue().equals(page)).map(Map.Entry::getKey)
                .findFirst().filter(t -> mayOpen(user, t))
                .orElseThrow(() -> new NotFoundException("您所在的部门不能发起此类案件"));
        model.addAttribute("user", user);
        model.addAttribute("type", type.name());
        model.addAttribute("typeLabel", type.label());
        model.addAttribute("jurisdictions", user.jurisdictions().stream()
                .map(id -> new Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        model.addAttribute("departments", organisation.departmentIds().stream()
                .map(id -> new Option(id, organisation.departmentName(id).orElse(id))).toList());
        return START_FORMS.containsKey(type) ? "start-form" : "start-" + page;
    }

    /** The start form of a type the user may open, as the form-js viewer renders it. */
    @GetMapping(value = "/api/case-types/{type}/start-form", produces = "application/json")
    @ResponseBody
    JsonNode startForm(@PathVariable String type) {
        CurrentUser user = currentUsers.require();
        return java.util.Arrays.stream(CaseType.values()).filter(t -> t.name().equals(type) && START_FORMS.containsKey(t)
                && mayOpen(user, t)).findFirst().map(t -> FormFiles.read(START_FORMS.get(t)))
                .orElseThrow(() -> new NotFoundException("没有您可以发起的此类案件表单：" + type));
    }

    private static boolean mayOpen(CurrentUser user, CaseType type) {
        return type.mayBeOpenedByAnyOf(user.departments()) && !user.jurisdictions().isEmpty();
    }
}

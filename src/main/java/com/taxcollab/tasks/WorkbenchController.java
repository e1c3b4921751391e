package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import com.taxcollab.home.HomeEntries;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.validation.Texts;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作台: an officer's 待办 with each task's case and light, 签收 in one click, 已办, 我发起的 and
 * 发起. 办理 opens the task page ({@link TaskPageController}).
 */
@Controller
class WorkbenchController {

    private final TaskLists lists;
    private final TaskWork work;
    private final CurrentUserService currentUsers;
    private final CaseRegistry registry;
    private final Substitutions substitutions;
    private final Organisation organisation;
    private final HomeEntries entries;

    WorkbenchController(TaskLists lists, TaskWork work, CurrentUserService currentUsers, CaseRegistry registry,
            Substitutions substitutions, Organisation organisation, HomeEntries entries) {
        this.entries = entries;
        this.organisation = organisation;
        this.substitutions = substitutions;
        this.registry = registry;
        this.lists = lists;
        this.work = work;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/workbench")
    String workbench(@RequestParam(required = false) String type, @RequestParam(required = false) String light,
            @RequestParam(required = false) String q, @RequestParam(required = false) String department,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String doneQ,
            @RequestParam(required = false) String startedQ, Model model) {
        CurrentUser user = currentUsers.require();
        TodoFilter filter = TodoFilter.of(type, light, q, department, jurisdiction, sort, page, null);
        Map<DueLight, Long> lightCounts = lists.lightCounts(user, filter);
        long total = filter.light() == null ? lightCounts.values().stream().mapToLong(Long::longValue).sum()
                : lightCounts.get(filter.light());
        entries.addTo(model, user);
        model.addAttribute("todo", lists.todo(user, filter));
        model.addAttribute("todoTotal", total);
        model.addAttribute("filter", filter);
        model.addAttribute("filterType", type);
        model.addAttribute("filterLight", light);
        model.addAttribute("lightCounts", lightCounts);
        model.addAttribute("myDepartments", user.departments().stream().filter(organisation::isDepartment)
                .map(id -> new StartPages.Option(id, organisation.departmentName(id).orElse(id))).toList());
        model.addAttribute("myJurisdictions", user.jurisdictions().stream()
                .map(id -> new StartPages.Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        model.addAttribute("sorts", TodoSort.values());
        model.addAttribute("pages", (total + TodoFilter.PAGE_SIZE - 1) / TodoFilter.PAGE_SIZE);
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("lights", DueLight.values());
        model.addAttribute("done", lists.done(user, doneQ));
        model.addAttribute("doneQ", doneQ);
        model.addAttribute("startedQ", startedQ);
        model.addAttribute("startables", StartPages.startables(user));
        model.addAttribute("started", registry.openedBy(user.id(), Texts.search(startedQ), 50));
        model.addAttribute("substitution", substitutions.of(user.id()).orElse(null));
        model.addAttribute("substituteCandidates", substitutions.candidates(user));
        return "workbench";
    }

    @PostMapping("/workbench/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            work.claim(currentUsers.require(), taskId);
            redirect.addFlashAttribute("message", "已签收，现在可以办理该任务。");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", "该任务已不在您的待办中。");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/workbench";
    }
}

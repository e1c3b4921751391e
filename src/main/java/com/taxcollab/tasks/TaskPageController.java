package com.taxcollab.tasks;

import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.file.CaseFileModel;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.PagePaths;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page (办理): the task's Camunda Form, rendered by the form-js viewer and sent to
 * {@code /api/tasks}, beside its case file (facts, parties, documents with upload, timeline).
 */
@Controller
class TaskPageController {

    private final TaskWork work;
    private final TaskLists lists;
    private final CurrentUserService currentUsers;
    private final CaseFileModel caseFile;

    TaskPageController(TaskWork work, TaskLists lists, CurrentUserService currentUsers, CaseFileModel caseFile) {
        this.work = work;
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.caseFile = caseFile;
    }

    @GetMapping("/workbench/tasks/{taskId}")
    String page(@PathVariable String taskId, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.require();
        Task task = work.workable(user, taskId);
        TaskLists.TaskSummary summary = lists.summary(user, task);
        model.addAttribute("user", user);
        model.addAttribute("task", summary);
        model.addAttribute("taskId", task.getId());
        model.addAttribute("claimedByOther", task.getAssignee() != null && !user.id().equals(task.getAssignee())
                && summary.onBehalfOf() == null);
        model.addAttribute("colleagues", work.colleagues(user, task));
        if (summary.caseNumber() != null) {
            caseFile.addTo(model, summary.caseNumber(), AuditAction.CASE_PAGE, request);
        }
        return "task";
    }

    /** 办理 from the 待办: an unclaimed task becomes the user's in the same step, then its page opens. */
    @PostMapping("/workbench/tasks/{taskId}/open")
    String open(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            work.claim(currentUsers.require(), taskId);
        } catch (ResponseStatusException claimedMeanwhile) {
            redirect.addFlashAttribute("error", claimedMeanwhile.getReason());
        }
        return "redirect:" + PagePaths.taskPage(taskId);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return gone(e.getMessage(), model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String finished(ResponseStatusException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        return gone(e.getReason(), model);
    }

    private String gone(String message, Model model) {
        model.addAttribute("user", currentUsers.require());
        model.addAttribute("message", message);
        return "task-gone";
    }
}

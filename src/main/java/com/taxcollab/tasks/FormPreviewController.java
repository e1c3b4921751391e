package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.util.Comparator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 表单预览 for the system administrator: every form of the product as officers will see it on the
 * task page (same viewer, same Chinese texts), empty, with 检查 to show its validation.
 */
@Controller
class FormPreviewController {

    private final CurrentUserService currentUsers;

    FormPreviewController(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    record FormEntry(String id, String title) {
    }

    @GetMapping("/admin/forms")
    String list(Model model) {
        model.addAttribute("user", administrator());
        model.addAttribute("forms", FormFiles.all().stream().map(FormPreviewController::entry)
                .sorted(Comparator.comparing(FormEntry::id)).toList());
        return "form-previews";
    }

    @GetMapping("/admin/forms/{formId}")
    String preview(@PathVariable String formId, Model model) {
        model.addAttribute("user", administrator());
        model.addAttribute("form", entry(FormFiles.read(formId)));
        return "form-preview";
    }

    @GetMapping(value = "/admin/forms/{formId}/schema", produces = "application/json")
    @ResponseBody
    JsonNode schema(@PathVariable String formId) {
        administrator();
        return FormFiles.read(formId);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("user", currentUsers.require());
        model.addAttribute("message", e.getMessage());
        return "task-gone";
    }

    private CurrentUser administrator() {
        CurrentUser user = currentUsers.require();
        if (!user.admin()) {
            throw new NotFoundException("表单预览仅供系统管理员使用");
        }
        return user;
    }

    /** A form's id and its heading (its first Markdown heading, else its id), for the list. */
    private static FormEntry entry(JsonNode schema) {
        String id = schema.path("id").asText();
        for (JsonNode component : schema.path("components")) {
            String text = component.path("text").asText("");
            if (text.startsWith("#")) {
                return new FormEntry(id, text.lines().findFirst().orElse("").replaceAll("^#+\\s*", ""));
            }
        }
        return new FormEntry(id, id);
    }
}

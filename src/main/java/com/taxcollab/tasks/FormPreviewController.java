package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

    private static final Pattern FORM_ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentUserService currentUsers;

    FormPreviewController(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    record FormEntry(String id, String title) {
    }

    @GetMapping("/admin/forms")
    String list(Model model) throws IOException {
        model.addAttribute("user", administrator());
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form");
        List<FormEntry> entries = Arrays.stream(forms).map(FormPreviewController::entry)
                .sorted(Comparator.comparing(FormEntry::id)).toList();
        model.addAttribute("forms", entries);
        return "form-previews";
    }

    @GetMapping("/admin/forms/{formId}")
    String preview(@PathVariable String formId, Model model) {
        model.addAttribute("user", administrator());
        model.addAttribute("form", entry(resource(formId)));
        return "form-preview";
    }

    @GetMapping(value = "/admin/forms/{formId}/schema", produces = "application/json")
    @ResponseBody
    JsonNode schema(@PathVariable String formId) {
        administrator();
        return read(resource(formId));
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

    private static Resource resource(String formId) {
        Resource form = FORM_ID.matcher(formId).matches()
                ? new PathMatchingResourcePatternResolver().getResource("classpath:forms/" + formId + ".form") : null;
        if (form == null || !form.exists()) {
            throw new NotFoundException("没有这个表单：" + formId);
        }
        return form;
    }

    /** A form's id and its heading (its first Markdown heading, else its id), for the list. */
    private static FormEntry entry(Resource form) {
        JsonNode schema = read(form);
        String id = schema.path("id").asText();
        for (JsonNode component : schema.path("components")) {
            String text = component.path("text").asText("");
            if (text.startsWith("#")) {
                return new FormEntry(id, text.lines().findFirst().orElse("").replaceAll("^#+\\s*", ""));
            }
        }
        return new FormEntry(id, id);
    }

    private static JsonNode read(Resource form) {
        try (InputStream in = form.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read form " + form, e);
        }
    }
}

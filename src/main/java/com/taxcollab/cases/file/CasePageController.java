package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.PagePaths;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page: one page per case with parties, tasks, timeline, documents and diagram. */
@Controller
class CasePageController {

    /** A task id as the engine makes them: the upload form of a task page names its task to go back to. */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final CaseFileGuard guard;
    private final CaseFileModel caseFile;
    private final CaseDocuments documents;

    CasePageController(CaseFileGuard guard, CaseFileModel caseFile, CaseDocuments documents) {
        this.guard = guard;
        this.caseFile = caseFile;
        this.documents = documents;
    }

    @GetMapping("/cases/{caseNumber}")
    String page(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        caseFile.addTo(model, caseNumber, AuditAction.CASE_PAGE, request);
        model.addAttribute("user", guard.user());
        return "case";
    }

    /** Uploads a document and goes back to the case page, or to the task page it was sent from. */
    @PostMapping("/cases/{caseNumber}/documents")
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String task,
            HttpServletRequest request, RedirectAttributes redirect) {
        String fileName = file == null ? null : file.getOriginalFilename();
        try {
            byte[] content = file == null ? null : file.getBytes();
            guard.addTo(caseNumber, AuditAction.DOCUMENT_UPLOAD, CaseFileGuard.describe(kind, fileName), request,
                    record -> documents.store(caseNumber, kind, fileName, content, guard.user().id()));
            redirect.addFlashAttribute("uploaded", "已上传：" + CaseFileGuard.describe(kind, fileName));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("uploadErrors", e.problems().stream().map(p -> p.message()).toList());
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("uploadErrors", List.of(refused.getReason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String back = task != null && TASK_ID.matcher(task).matches() ? PagePaths.taskPage(task)
                : PagePaths.casePage(caseNumber);
        return "redirect:" + back + "#documents";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("user", guard.user());
        model.addAttribute("message", e.getMessage());
        return "case-not-found";
    }
}

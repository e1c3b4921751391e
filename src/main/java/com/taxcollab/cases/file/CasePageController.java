package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

    /** Offered on the upload form; processes may store other kinds. */
    private final CaseFileGuard guard;
    private final CaseFiles caseFiles;
    private final CaseDocuments documents;
    private final CaseAccess access;

    CasePageController(CaseFileGuard guard, CaseFiles caseFiles, CaseDocuments documents, CaseAccess access) {
        this.access = access;
        this.guard = guard;
        this.caseFiles = caseFiles;
        this.documents = documents;
    }

    @GetMapping("/cases/{caseNumber}")
    String page(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        CaseRecord record = guard.open(caseNumber, AuditAction.CASE_PAGE, null, request);
        CaseFileView file = caseFiles.of(record);
        model.addAttribute("user", guard.user());
        model.addAttribute("mayUpload", access.canWrite(guard.user(), record));
        model.addAttribute("file", file);
        model.addAttribute("documentKinds", record.type().documentKinds());
        return "case";
    }

    @PostMapping("/cases/{caseNumber}/documents")
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, HttpServletRequest request, RedirectAttributes redirect) {
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
        return "redirect:/cases/" + caseNumber + "#documents";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("user", guard.user());
        model.addAttribute("message", e.getMessage());
        return "case-not-found";
    }
}

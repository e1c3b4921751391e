package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseDocument;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.TamperedDocumentException;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploading and downloading the documents of a case file; both need read access and are audited. */
@RestController
class DocumentController {

    static final String CHECKSUM_HEADER = "X-Checksum-SHA256";

    private final CaseFileGuard guard;
    private final CaseDocuments documents;

    DocumentController(CaseFileGuard guard, CaseDocuments documents) {
        this.guard = guard;
        this.documents = documents;
    }

    @PostMapping(path = "/api/cases/{caseNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseDocument> upload(@PathVariable String caseNumber,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String kind,
            HttpServletRequest request) {
        String fileName = file == null ? null : file.getOriginalFilename();
        CaseDocument stored = guard.addTo(caseNumber, AuditAction.DOCUMENT_UPLOAD, CaseFileGuard.describe(kind, fileName),
                request, record -> documents.find(caseNumber, documents.store(caseNumber, kind, fileName, bytes(file),
                        guard.user().id())).orElseThrow());
        long id = stored.id();
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/documents/" + id)).body(stored);
    }

    @GetMapping("/api/cases/{caseNumber}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long documentId,
            HttpServletRequest request) {
        guard.open(caseNumber, AuditAction.DOCUMENT, "文书 #" + documentId, request);
        CaseDocument document = documents.find(caseNumber, documentId)
                .orElseThrow(() -> new NotFoundException("未找到文书：" + documentId));
        byte[] content = documents.content(document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(CHECKSUM_HEADER, document.sha256())
                .body(content);
    }

    @ExceptionHandler(TamperedDocumentException.class)
    ResponseEntity<ProblemDetail> tampered(TamperedDocumentException e, HttpServletRequest request) {
        CaseDocument document = e.document();
        guard.recordFailure(document.caseNumber(), AuditAction.DOCUMENT_INTEGRITY_FAILURE,
                "文书 #" + document.id() + "《" + document.fileName() + "》SHA-256 不符", request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "文书《" + document.fileName() + "》的内容与登记的 SHA-256 校验值不符，可能已被篡改，已停止下载并记录。请联系系统管理员。");
        problem.setTitle("文书校验失败");
        problem.setType(URI.create("urn:taxcollab:problem:document-tampered"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

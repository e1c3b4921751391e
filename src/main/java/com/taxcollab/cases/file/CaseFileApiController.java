package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case file as JSON, and its process diagram as BPMN XML. */
@RestController
class CaseFileApiController {

    private final CaseFileGuard guard;
    private final CaseFiles caseFiles;

    CaseFileApiController(CaseFileGuard guard, CaseFiles caseFiles) {
        this.guard = guard;
        this.caseFiles = caseFiles;
    }

    @GetMapping("/api/cases/{caseNumber}")
    CaseFileView caseFile(@PathVariable String caseNumber, HttpServletRequest request) {
        return caseFiles.of(guard.open(caseNumber, AuditAction.CASE_API, null, request));
    }

    @GetMapping("/api/cases/{caseNumber}/diagram")
    ResponseEntity<String> diagram(@PathVariable String caseNumber, HttpServletRequest request) {
        CaseRecord record = guard.open(caseNumber, AuditAction.DIAGRAM, null, request);
        String xml = caseFiles.bpmn(record);
        if (xml == null) {
            throw CaseFileGuard.notFound(caseNumber);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
    }
}

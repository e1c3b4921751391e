package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a page needs to show a case file with the fragments of {@code case-file.html}: the case page,
 * and the task page beside its form. Opened through the one door, audited.
 */
@Component
public class CaseFileModel {

    private final CaseFileGuard guard;
    private final CaseFiles caseFiles;
    private final CaseAccess access;

    CaseFileModel(CaseFileGuard guard, CaseFiles caseFiles, CaseAccess access) {
        this.guard = guard;
        this.caseFiles = caseFiles;
        this.access = access;
    }

    /** Adds {@code file}, {@code mayUpload} and {@code documentKinds}; 404 for a case the user may not read. */
    public void addTo(Model model, String caseNumber, AuditAction action, HttpServletRequest request) {
        CaseRecord record = guard.open(caseNumber, action, null, request);
        model.addAttribute("file", caseFiles.of(record));
        model.addAttribute("mayUpload", access.canWrite(guard.user(), record));
        model.addAttribute("documentKinds", record.type().documentKinds());
    }
}

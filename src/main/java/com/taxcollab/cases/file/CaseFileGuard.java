package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one door to a case file: checks the access rule, writes the audit row either way, and
 * answers a refusal exactly like a case that does not exist.
 */
@Component
class CaseFileGuard {

    private final CaseRegistry registry;
    private final CaseAccess access;
    private final CaseAudit audit;
    private final CurrentUserService currentUsers;

    CaseFileGuard(CaseRegistry registry, CaseAccess access, CaseAudit audit, CurrentUserService currentUsers) {
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    CaseRecord open(String caseNumber, AuditAction action, String detail, HttpServletRequest request) {
        CurrentUser user = user();
        Optional<CaseRecord> record = registry.find(caseNumber).filter(found -> access.canRead(user, found));
        audit.record(user.id(), caseNumber, action, detail, record.isPresent(), request.getRemoteAddr());
        return record.orElseThrow(() -> notFound(caseNumber));
    }

    /**
     * The door for adding to a case file: only its departments (and its initiator) write to it;
     * supervisors, leaders and administrators who may read it are refused with 403. The audit row
     * says what became of the attempt: refused, not stored (bad input) or stored.
     */
    <T> T addTo(String caseNumber, AuditAction action, String detail, HttpServletRequest request,
            Function<CaseRecord, T> work) {
        CurrentUser user = user();
        Optional<CaseRecord> record = registry.find(caseNumber).filter(found -> access.canRead(user, found));
        boolean writable = record.isPresent() && access.canWrite(user, record.get());
        if (!writable) {
            audit.record(user.id(), caseNumber, action, detail, false, request.getRemoteAddr());
            if (record.isEmpty()) {
                throw notFound(caseNumber);
            }
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您可以查看此案卷，但只有办理案件的部门可以添加文书");
        }
        try {
            T result = work.apply(record.get());
            audit.record(user.id(), caseNumber, action, detail, true, request.getRemoteAddr());
            return result;
        } catch (RuntimeException notStored) {
            audit.record(user.id(), caseNumber, action, detail + "（未保存）", false, request.getRemoteAddr());
            throw notStored;
        }
    }

    /** Records something that went wrong after access was granted, e.g. a document failing its hash. */
    void recordFailure(String caseNumber, AuditAction action, String detail, HttpServletRequest request) {
        audit.record(user().id(), caseNumber, action, detail, false, request.getRemoteAddr());
    }

    CurrentUser user() {
        return currentUsers.require();
    }

    /** A document as the audit trail and messages name it: {@code 裁定书《裁定书.pdf》}. */
    static String describe(String kind, String fileName) {
        String k = kind == null || kind.isBlank() ? "（未选类型）" : kind.strip();
        return fileName == null || fileName.isBlank() ? k : k + "《" + fileName + "》";
    }

    static NotFoundException notFound(String caseNumber) {
        return new NotFoundException("未找到案件：" + caseNumber);
    }
}

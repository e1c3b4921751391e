package com.taxcollab.cases.audit;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail for the audit administrator (everything, and its integrity) and supervisors (the
 * cases of their jurisdictions); the system and security administrators do not read it (三员分立).
 * Every read of it is itself audited. Dates are days in China time, both inclusive.
 */
@RestController
class AuditController {

    static final int MAX_PAGE_SIZE = 500;

    private final CaseAudit audit;
    private final CurrentUserService currentUsers;

    AuditController(CaseAudit audit, CurrentUserService currentUsers) {
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/audit")
    ResponseEntity<?> list(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            HttpServletRequest request) {
        CurrentUser caller = currentUsers.require();
        boolean allowed = caller.auditAdmin() || caller.inDepartment(Departments.SUPERVISION);
        // a read of the trail, not of the case: the case's own trail stays what happened to the case
        audit.record(caller.id(), null, AuditAction.AUDIT_READ, request.getQueryString(), allowed,
                request.getRemoteAddr());
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有审计管理员和督查人员可以查看审计记录");
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        AuditFilter filter = new AuditFilter(blankToNull(caseNumber), blankToNull(user), startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        List<String> jurisdictions = caller.auditAdmin() ? null : caller.jurisdictions();
        return ResponseEntity.ok(new AuditPage(audit.find(filter, jurisdictions, paging.offset(), size), page, size,
                audit.count(filter, jurisdictions)));
    }

    /** The audit administrator checks the hash chain: the first row whose link is broken, if any. */
    @GetMapping("/api/audit/verify")
    Verification verify(HttpServletRequest request) {
        CurrentUser caller = currentUsers.require();
        audit.record(caller.id(), null, AuditAction.AUDIT_VERIFY, null, caller.auditAdmin(), request.getRemoteAddr());
        if (!caller.auditAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有审计管理员可以校验审计记录");
        }
        return audit.firstBrokenLink().map(id -> new Verification(false, id, "审计记录第 " + id + " 条的校验值不符，"
                + "该条或其前后记录已被改动或删除")).orElseGet(() -> new Verification(true, null, "审计记录完整，未被改动"));
    }

    record Verification(boolean intact, Long firstBrokenId, String message) {
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }
}

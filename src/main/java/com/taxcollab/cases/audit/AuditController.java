package com.taxcollab.cases.audit;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.Paging;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators (everything) and supervisors (the cases of their
 * jurisdictions). Dates are days in China time, both inclusive.
 */
@RestController
class AuditController {

    static final String SUPERVISION = "supervision";
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
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        CurrentUser caller = currentUsers.require();
        if (!caller.admin() && !caller.inDepartment(SUPERVISION)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "只有系统管理员和督查人员可以查看审计记录");
            problem.setTitle("无权访问");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        AuditFilter filter = new AuditFilter(blankToNull(caseNumber), blankToNull(user), startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        List<String> jurisdictions = caller.admin() ? null : caller.jurisdictions();
        return ResponseEntity.ok(new AuditPage(audit.find(filter, jurisdictions, paging.offset(), size), page, size,
                audit.count(filter, jurisdictions)));
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

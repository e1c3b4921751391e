package com.taxcollab.exitcontrol;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.Masking;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 阻止出境: tax issues a control ({@code POST /api/exit-controls}) and records its settlement
 * ({@code POST /api/exit-controls/{caseNumber}/settlement}); immigration asks whether a person is
 * controlled ({@code GET /api/exit-controls/check?idNumber=&purpose=}), answered yes or no only, every
 * question in the audit trail with its purpose.
 */
@RestController
@RequestMapping("/api/exit-controls")
class ExitControlController {

    private final ExitControls controls;
    private final CurrentUserService users;
    private final CaseAudit audit;

    ExitControlController(ExitControls controls, CurrentUserService users, CaseAudit audit) {
        this.controls = controls;
        this.users = users;
        this.audit = audit;
    }

    record Issued(String caseNumber, String title, String url) {
    }

    record Settlement(String kind, String note, String liftNoticeNo) {
    }

    record Check(boolean controlled) {
    }

    @PostMapping
    ResponseEntity<Issued> issue(@RequestBody ExitControlRequest request) {
        CaseRecord opened = controls.issue(users.require(), request);
        return ResponseEntity.created(URI.create("/cases/" + opened.caseNumber()))
                .body(new Issued(opened.caseNumber(), opened.title(), "/cases/" + opened.caseNumber()));
    }

    @PostMapping("/{caseNumber}/settlement")
    ResponseEntity<Void> settle(@PathVariable String caseNumber, @RequestBody Settlement settlement) {
        controls.settle(users.require(), caseNumber, settlement.kind(), settlement.note(), settlement.liftNoticeNo());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/check")
    Check check(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String purpose,
            HttpServletRequest http) {
        CurrentUser user = users.require();
        if (idNumber == null || idNumber.isBlank()) {
            throw new InvalidInputException("idNumber", "必须填写身份证号码");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "必须说明查询事由");
        }
        String detail = "查询 " + Masking.idNumber(idNumber.strip()) + "，事由：" + purpose.strip();
        boolean controlled;
        try {
            controlled = controls.controlled(user, idNumber);
        } catch (RuntimeException refused) {
            audit.record(user.id(), null, AuditAction.EXIT_CONTROL_CHECK, detail, false, http.getRemoteAddr());
            throw refused;
        }
        audit.record(user.id(), null, AuditAction.EXIT_CONTROL_CHECK, detail + "，结果：" + (controlled ? "在控" : "不在控"),
                true, http.getRemoteAddr());
        return new Check(controlled);
    }
}

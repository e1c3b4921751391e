package com.taxcollab.bank;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.security.CurrentUserService;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 银行协助: tax asks a bank ({@code POST /api/bank-assistance}) and releases a freeze before its term
 * ({@code POST /api/bank-assistance/{caseNumber}/release}); the bank answers in its 待办.
 */
@RestController
@RequestMapping("/api/bank-assistance")
class BankAssistanceController {

    private final BankAssistance assistance;
    private final CurrentUserService users;

    BankAssistanceController(BankAssistance assistance, CurrentUserService users) {
        this.assistance = assistance;
        this.users = users;
    }

    record Filed(String caseNumber, String title, String url) {
    }

    record Release(String releaseNoticeNo) {
    }

    @PostMapping
    ResponseEntity<Filed> file(@RequestBody BankAssistanceRequest request) {
        CaseRecord opened = assistance.file(users.require(), request);
        return ResponseEntity.created(URI.create("/cases/" + opened.caseNumber()))
                .body(new Filed(opened.caseNumber(), opened.title(), "/cases/" + opened.caseNumber()));
    }

    @PostMapping("/{caseNumber}/release")
    ResponseEntity<Void> release(@PathVariable String caseNumber, @RequestBody(required = false) Release release) {
        assistance.release(users.require(), caseNumber, release == null ? null : release.releaseNoticeNo());
        return ResponseEntity.noContent().build();
    }
}

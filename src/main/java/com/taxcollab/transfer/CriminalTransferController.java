package com.taxcollab.transfer;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.security.CurrentUserService;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/criminal-transfers}: a tax officer transfers a suspected tax crime; 201 with the case. */
@RestController
class CriminalTransferController {

    private final CriminalTransferFiling filing;
    private final CurrentUserService users;

    CriminalTransferController(CriminalTransferFiling filing, CurrentUserService users) {
        this.filing = filing;
        this.users = users;
    }

    record Transferred(String caseNumber, String title, String url) {
    }

    @PostMapping("/api/criminal-transfers")
    ResponseEntity<Transferred> transfer(@RequestBody CriminalTransferRequest request) {
        CaseRecord opened = filing.transfer(users.require(), request);
        return ResponseEntity.created(URI.create("/cases/" + opened.caseNumber()))
                .body(new Transferred(opened.caseNumber(), opened.title(), "/cases/" + opened.caseNumber()));
    }
}

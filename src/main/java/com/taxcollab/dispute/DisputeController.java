package com.taxcollab.dispute;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Disputes for machines and the case page: any department officer files one in a jurisdiction
 * they belong to; whoever may read the case reads its dispute record.
 */
@RestController
@RequestMapping("/api/disputes")
class DisputeController {

    private final DisputeFiling filing;
    private final DisputeRepository disputes;
    private final CaseAccess access;
    private final CurrentUserService users;
    private final DisputeStatistics statistics;

    DisputeController(DisputeFiling filing, DisputeRepository disputes, CaseAccess access, CurrentUserService users,
            DisputeStatistics statistics) {
        this.filing = filing;
        this.disputes = disputes;
        this.access = access;
        this.users = users;
        this.statistics = statistics;
    }

    @PostMapping
    ResponseEntity<Filed> file(@RequestBody DisputeRequest request) {
        CaseRecord opened = filing.file(user(), request);
        return ResponseEntity.created(URI.create("/api/disputes/" + opened.caseNumber()))
                .body(new Filed(opened.caseNumber(), opened.jurisdiction(), opened.title(), opened.status().label()));
    }

    /** Aggregate figures only, no case data: for any officer of the jurisdiction. */
    @GetMapping("/statistics")
    DisputeStatistics.Summary statistics(@RequestParam String jurisdiction) {
        CurrentUser user = user();
        if (!user.admin() && !user.inJurisdiction(jurisdiction)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看该辖区的争议统计：" + jurisdiction);
        }
        return statistics.of(jurisdiction);
    }

    @GetMapping("/{caseNumber}")
    Dispute find(@PathVariable String caseNumber) {
        if (!access.canRead(user(), caseNumber)) {
            throw new NotFoundException("争议不存在：" + caseNumber);
        }
        return disputes.find(caseNumber).orElseThrow(() -> new NotFoundException("争议不存在：" + caseNumber));
    }

    private CurrentUser user() {
        return users.require();
    }

    record Filed(String caseNumber, String jurisdiction, String title, String status) {
    }
}

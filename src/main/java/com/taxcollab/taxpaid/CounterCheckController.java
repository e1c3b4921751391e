package com.taxcollab.taxpaid;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.security.CurrentUserService;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * 完税核验 at the counters: market regulation before an equity transfer, the registry before a title,
 * traffic police before a vehicle registration or inspection mark; a 无记录 answer can be sent to tax as
 * a 涉税线索 ({@code POST /api/checks/{checkId}/lead}).
 */
@RestController
@RequestMapping("/api/checks")
class CounterCheckController {

    private final CounterChecks checks;
    private final TaxLeads leads;
    private final CurrentUserService users;

    CounterCheckController(CounterChecks checks, TaxLeads leads, CurrentUserService users) {
        this.checks = checks;
        this.leads = leads;
        this.users = users;
    }

    record LeadRequest(String partyName, String note) {
    }

    record LeadSent(String caseNumber, String title, String url) {
    }

    @GetMapping("/equity-transfer")
    CheckAnswer equityTransfer(@RequestParam(required = false) String uscc,
            @RequestParam(required = false) String transferorIdNumber, @RequestParam(required = false) String purpose,
            HttpServletRequest http) {
        return checks.equityTransfer(users.require(), uscc, transferorIdNumber, purpose, http.getRemoteAddr());
    }

    @GetMapping("/property-title")
    CheckAnswer propertyTitle(@RequestParam(required = false) String certificateNo,
            @RequestParam(required = false) String unitNo, @RequestParam(required = false) String purpose,
            HttpServletRequest http) {
        return checks.propertyTitle(users.require(), certificateNo, unitNo, purpose, http.getRemoteAddr());
    }

    @GetMapping("/vehicle")
    CheckAnswer vehicle(@RequestParam(required = false) String vin, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String purpose, HttpServletRequest http) {
        return checks.vehicle(users.require(), vin, stage, purpose, http.getRemoteAddr());
    }

    @PostMapping("/{checkId}/lead")
    ResponseEntity<LeadSent> lead(@PathVariable String checkId, @RequestBody(required = false) LeadRequest request) {
        LeadRequest given = request == null ? new LeadRequest(null, null) : request;
        TaxLeads.Sent sent = leads.send(users.require(), checkId, given.partyName(), given.note());
        CaseRecord lead = sent.lead();
        LeadSent body = new LeadSent(lead.caseNumber(), lead.title(), "/cases/" + lead.caseNumber());
        return sent.created() ? ResponseEntity.created(URI.create(body.url())).body(body)
                : ResponseEntity.status(HttpStatus.OK).body(body);
    }
}

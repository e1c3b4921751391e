package com.taxcollab.assistance;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUserService;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog of assistance duties, for every logged-in officer, and filing a request (tax only):
 * {@code POST /api/assistance} answers 201 with the new case's number.
 */
@RestController
@RequestMapping("/api/assistance")
class AssistanceController {

    private final AssistanceCatalog catalog;
    private final AssistanceFiling filing;
    private final Organisation organisation;
    private final CurrentUserService users;

    AssistanceController(AssistanceCatalog catalog, AssistanceFiling filing, Organisation organisation,
            CurrentUserService users) {
        this.catalog = catalog;
        this.filing = filing;
        this.organisation = organisation;
        this.users = users;
    }

    record Duty(String code, String item, String name, String legalBasis, String assistingDepartment,
            String assistingDepartmentName, Term term, int reminderBefore, int escalateAfter, List<String> documents,
            String answer, boolean mayRefuse, boolean confirm) {
    }

    record Term(int amount, String unit, String text) {
    }

    record Filed(String caseNumber, String title, String url) {
    }

    @GetMapping("/duties")
    List<Duty> duties() {
        users.require();
        return catalog.duties().stream().map(d -> new Duty(d.code(), d.item(), d.name(), d.legalBasis(),
                d.assisting(), d.anyDepartment() ? "由请求指定" : organisation.departmentName(d.assisting())
                        .orElse(d.assisting()), new Term(d.term().amount(), d.term().unit().name(), d.term().text()),
                d.reminderBefore(), d.escalateAfter(), d.documents(), d.answer().name(), d.mayRefuse(), d.confirm()))
                .toList();
    }

    @PostMapping
    ResponseEntity<Filed> file(@RequestBody AssistanceRequest request) {
        CaseRecord opened = filing.file(users.require(), request);
        return ResponseEntity.created(URI.create("/cases/" + opened.caseNumber()))
                .body(new Filed(opened.caseNumber(), opened.title(), "/cases/" + opened.caseNumber()));
    }
}

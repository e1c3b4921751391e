package com.taxcollab.taxpaid;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of tax-paid evidence: an officer records a piece ({@code POST}); the tax bureau's own
 * systems deliver theirs by number ({@code PUT /api/tax-paid-evidence/{evidenceNo}}, safe to repeat).
 * 201 when recorded, 200 when the same evidence was already there, 409 when the number holds other content.
 */
@RestController
@RequestMapping("/api/tax-paid-evidence")
class TaxPaidEvidenceController {

    private final TaxPaidRegister register;
    private final CurrentUserService users;

    TaxPaidEvidenceController(TaxPaidRegister register, CurrentUserService users) {
        this.register = register;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<TaxPaidRegister.Recorded> record(@RequestBody EvidenceRequest request) {
        return answer(register.record(users.require(), request, TaxPaidRegister.Source.OFFICER));
    }

    @PutMapping("/{evidenceNo}")
    ResponseEntity<TaxPaidRegister.Recorded> deliver(@PathVariable String evidenceNo,
            @RequestBody EvidenceRequest request) {
        if (request.evidenceNo() != null && !evidenceNo.equals(request.evidenceNo().strip())) {
            throw new InvalidInputException("evidenceNo", "请求内容中的凭证号码与地址中的不一致");
        }
        EvidenceRequest numbered = new EvidenceRequest(evidenceNo, request.kind(), request.subject(),
                request.taxpayer(), request.transaction(), request.taxTypes(), request.amount(), request.issuedOn(),
                request.taxOffice());
        return answer(register.record(users.require(), numbered, TaxPaidRegister.Source.INTEGRATION));
    }

    private static ResponseEntity<TaxPaidRegister.Recorded> answer(TaxPaidRegister.Recorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded);
    }
}

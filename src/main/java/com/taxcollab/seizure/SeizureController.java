package com.taxcollab.seizure;

import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
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
 * Seizures: tax issues and releases them; the registry (and tax) check a property before a
 * transfer; whoever may read the case reads its seizure.
 */
@RestController
@RequestMapping("/api/seizures")
class SeizureController {

    private final SeizureStart start;
    private final SeizureRegister register;
    private final SeizureRepository seizures;
    private final CaseAccess access;
    private final CurrentUserService users;

    SeizureController(SeizureStart start, SeizureRegister register, SeizureRepository seizures, CaseAccess access,
            CurrentUserService users) {
        this.start = start;
        this.register = register;
        this.seizures = seizures;
        this.access = access;
        this.users = users;
    }

    /** 201 with the new case, or 200 with the open case this request repeats. */
    @PostMapping
    ResponseEntity<Issued> issue(@RequestBody SeizureRequest request) {
        SeizureFiling.Issued issued = start.issueOnce(user(), request);
        CaseRecord c = issued.record();
        Issued body = new Issued(c.caseNumber(), c.jurisdiction(), c.title(), c.status().label());
        return issued.created() ? ResponseEntity.created(URI.create("/api/seizures/" + c.caseNumber())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/check")
    SeizureRegister.Check check(@RequestParam(required = false) String certificateNo) {
        CurrentUser user = user();
        if (!user.admin() && !user.inDepartment(Departments.REALESTATE) && !user.inDepartment(Departments.TAX)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有不动产登记机构和税务机关可以查询查封状态");
        }
        if (certificateNo == null || certificateNo.isBlank()) {
            throw new InvalidInputException("certificateNo", "必须填写不动产权证书号");
        }
        return register.check(certificateNo);
    }

    @GetMapping("/{caseNumber}")
    Seizure find(@PathVariable String caseNumber) {
        if (!access.canRead(user(), caseNumber)) {
            throw new NotFoundException("查封案件不存在：" + caseNumber);
        }
        return seizures.find(caseNumber).orElseThrow(() -> new NotFoundException("查封案件不存在：" + caseNumber));
    }

    @PostMapping("/{caseNumber}/release")
    ResponseEntity<Void> release(@PathVariable String caseNumber, @RequestBody ReleaseRequest request) {
        CurrentUser user = user();
        Seizure seizure = readable(user, caseNumber);
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(seizure.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区税务机关可以申请解封");
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "必须填写解封理由");
        }
        if (request.reason().strip().length() > 2000) {
            throw new InvalidInputException("reason", "解封理由不能超过 2000 个字");
        }
        // asked again (a retry, a second click): the release is already under way or done
        if (seizure.status() != SeizureStatus.RELEASING && seizure.status() != SeizureStatus.RELEASED) {
            register.requestRelease(caseNumber, request.reason().strip(), user.id());
        }
        return ResponseEntity.accepted().build();
    }

    /** The registry: the earlier seal (of another authority) is lifted, so this queued seizure takes effect. */
    @PostMapping("/{caseNumber}/earlier-seal-lifted")
    ResponseEntity<Void> earlierSealLifted(@PathVariable String caseNumber) {
        CurrentUser user = user();
        Seizure seizure = readable(user, caseNumber);
        if (!user.inDepartment(Departments.REALESTATE) || !user.inJurisdiction(seizure.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区不动产登记机构可以报告在先查封已解除");
        }
        register.earlierSealLifted(caseNumber, user.id());
        return ResponseEntity.accepted().build();
    }

    private Seizure readable(CurrentUser user, String caseNumber) {
        Seizure seizure = access.canRead(user, caseNumber) ? seizures.find(caseNumber).orElse(null) : null;
        if (seizure == null) {
            throw new NotFoundException("查封案件不存在：" + caseNumber);
        }
        return seizure;
    }

    private CurrentUser user() {
        return users.require();
    }

    record Issued(String caseNumber, String jurisdiction, String title, String status) {
    }

    record ReleaseRequest(String reason) {
    }
}

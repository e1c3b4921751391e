package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.validation.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A party's full identity number, which lists show masked: only for the case's own departments, only
 * with a purpose (policy §6: for statutory duties), and every request in the audit trail with it.
 */
@RestController
class PartyIdentityController {

    private static final int MAX_PURPOSE = 200;

    private final CaseFileGuard guard;
    private final CaseParticipants participants;

    PartyIdentityController(CaseFileGuard guard, CaseParticipants participants) {
        this.guard = guard;
        this.participants = participants;
    }

    record Reveal(String purpose) {
    }

    @PostMapping("/api/cases/{caseNumber}/parties/{position}/identity")
    Map<String, String> reveal(@PathVariable String caseNumber, @PathVariable int position,
            @RequestBody(required = false) Reveal request, HttpServletRequest http) {
        String purpose = request == null ? null : request.purpose();
        List<FieldProblem> problems = new ArrayList<>();
        Texts.required(problems, "purpose", purpose, "查看用途", MAX_PURPOSE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String detail = "查看第 " + (position + 1) + " 位当事人的完整证件号码，用途：" + purpose.strip();
        return guard.addTo(caseNumber, AuditAction.IDENTITY_REVEALED, detail, http, record -> {
            List<CaseParty> parties = participants.parties(caseNumber);
            if (position < 0 || position >= parties.size() || parties.get(position).idNumber() == null) {
                throw new NotFoundException("当事人不存在或没有证件号码：" + (position + 1));
            }
            return Map.of("idNumber", parties.get(position).idNumber());
        });
    }
}

package com.taxcollab.taxpaid;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Departments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.validation.Texts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A 无记录 answer becomes a 涉税线索 in one step: a case of type XS in the 待办 of the tax bureau of
 * the counter's jurisdiction, holding what the counter saw. Sent twice, it is still one lead.
 */
@Service
class TaxLeads {

    static final int MAX_NOTE = 2000;

    record Sent(CaseRecord lead, boolean created) {
    }

    private final CounterCheckRepository checks;
    private final TaxLeadRepository leads;
    private final CaseOpener caseOpener;
    private final CaseRegistry registry;
    private final Organisation organisation;
    private final Clock clock;

    TaxLeads(CounterCheckRepository checks, TaxLeadRepository leads, CaseOpener caseOpener, CaseRegistry registry,
            Organisation organisation, Clock clock) {
        this.checks = checks;
        this.leads = leads;
        this.caseOpener = caseOpener;
        this.registry = registry;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional
    Sent send(CurrentUser user, String checkId, String partyName, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.optional(problems, "partyName", partyName, "当事人名称", 200);
        Texts.optional(problems, "note", note, "补充说明", MAX_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CounterCheckRepository.CounterCheck check = checks.lock(checkId)
                .filter(c -> user.inDepartment(c.department()) && user.inJurisdiction(c.jurisdiction()))
                .orElseThrow(() -> new NotFoundException("核验记录不存在"));
        if (!CheckAnswer.NONE.equals(check.result())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "此次核验已查到完税记录，无需推送线索");
        }
        if (Departments.TAX.equals(check.department())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "税务机关自行核验的结果无需推送线索");
        }
        if (check.leadCaseNumber() != null) {
            return new Sent(registry.find(check.leadCaseNumber()).orElseThrow(), false);
        }
        String counter = organisation.departmentName(check.department()).orElse(check.department());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TaxLeadVariables.SUBJECT, check.subject().label());
        variables.put(TaxLeadVariables.KEYS, check.keysText() + (check.missing() == null ? ""
                : "；未查到：" + check.missing()));
        variables.put(TaxLeadVariables.COUNTER, counter);
        variables.put(TaxLeadVariables.NOTE, Texts.blank(note) ? "（无）" : note.strip());
        NewCase lead = new NewCase(CaseType.XS, check.jurisdiction(), "涉税线索：" + check.subject().label() + "无完税记录",
                user.id(), variables).involving(check.department(), Departments.TAX);
        if (!Texts.blank(partyName)) {
            lead = lead.withParties(new CaseParty(CaseParty.Kind.TAXPAYER, partyName.strip()));
        }
        CaseRecord opened = caseOpener.open(lead);
        leads.insert(opened.caseNumber(), check, Texts.blank(partyName) ? null : partyName.strip(),
                Texts.blank(note) ? null : note.strip(), user.id(), OffsetDateTime.now(clock));
        checks.lead(checkId, opened.caseNumber());
        return new Sent(opened, true);
    }
}

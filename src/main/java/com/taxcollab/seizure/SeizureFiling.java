package com.taxcollab.seizure;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.RequestAttachments;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tax officer issues a seizure through the API: everything is checked first, then the case is
 * opened and its documents attached in one transaction, so a bad document leaves nothing behind.
 */
@Service
class SeizureFiling {

    static final String DEFAULT_DOCUMENT_KIND = "协助执行通知书";

    private final SeizureRules rules;
    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final SeizureRepository seizures;
    private final CaseRegistry registry;

    SeizureFiling(SeizureRules rules, CaseOpener caseOpener, RequestAttachments attachments,
            SeizureRepository seizures, CaseRegistry registry) {
        this.rules = rules;
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.seizures = seizures;
        this.registry = registry;
    }

    /**
     * Opens the case, or returns the open one already issued with the same 协助执行通知书 on the same
     * property (a resubmission), never a second one.
     */
    @Transactional
    Issued issue(CurrentUser user, SeizureRequest request) {
        List<FieldProblem> problems = new ArrayList<>(rules.check(request));
        List<RequestAttachment> documents = request.attachments() == null ? List.of() : request.attachments();
        List<byte[]> contents = attachments.decode(documents, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区税务机关可以发起查封：" + request.jurisdiction());
        }
        var existing = seizures.openDuplicate(request.jurisdiction(), request.assistanceNoticeNo(),
                request.certificateNo());
        if (existing.isPresent()) {
            return new Issued(registry.find(existing.get()).orElseThrow(), false);
        }
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.CF, request.jurisdiction(),
                "查封：" + request.taxpayerName().strip() + " " + request.certificateNo().strip(), user.id(),
                variables(request)).involving(Departments.TAX).withParties(new CaseParty(CaseParty.Kind.TAXPAYER,
                        request.taxpayerName(), request.taxpayerIdNumber().strip().toUpperCase(), "被查封不动产权利人")));
        attachments.store(opened.caseNumber(), documents, contents, DEFAULT_DOCUMENT_KIND, user.id());
        return new Issued(opened, true);
    }

    record Issued(CaseRecord record, boolean created) {
    }

    /** The open case an identical earlier submission opened, if any. */
    @Transactional(readOnly = true)
    Optional<Issued> repeated(SeizureRequest request) {
        return seizures.openDuplicate(request.jurisdiction(), request.assistanceNoticeNo(), request.certificateNo())
                .flatMap(registry::find).map(record -> new Issued(record, false));
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> variables(SeizureRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SeizureVariables.TAXPAYER_NAME, request.taxpayerName().strip());
        variables.put(SeizureVariables.TAXPAYER_ID_NUMBER, request.taxpayerIdNumber().strip().toUpperCase());
        variables.put(SeizureVariables.CERTIFICATE_NO, request.certificateNo().strip());
        variables.put(SeizureVariables.LOCATION, request.location().strip());
        variables.put(SeizureVariables.AREA, request.area().doubleValue());
        variables.put(SeizureVariables.LEGAL_BASIS, request.legalBasis());
        variables.put(SeizureVariables.TAX_DECISION_NO, request.taxDecisionNo().strip());
        variables.put(SeizureVariables.ASSISTANCE_NOTICE_NO, request.assistanceNoticeNo().strip());
        variables.put(SeizureVariables.TERM_MONTHS, request.termMonths());
        return variables;
    }
}

package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CourtCaseVariables;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the cases courts submit, at most once per court, 案号 and type. Identical submissions on
 * this node queue on a lock for their key, so they neither open a second case nor each hold a
 * connection while waiting; a race between nodes ends at the unique constraint, and the loser
 * answers with the winner's case.
 */
@Service
class CourtIntake {

    static final String CHANNEL_API = "API";
    static final List<String> DEPARTMENTS = List.of(Departments.COURT, Departments.TAX);
    private static final int LOCK_STRIPES = 64;

    private final CourtSubmissionReader reader;
    private final CourtCases courtCases;
    private final CaseOpener opener;
    private final CaseAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Object[] locks = new Object[LOCK_STRIPES];

    CourtIntake(CourtSubmissionReader reader, CourtCases courtCases, CaseOpener opener, CaseAccess access,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.reader = reader;
        this.courtCases = courtCases;
        this.opener = opener;
        this.access = access;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    record Outcome(CourtCaseRecord courtCase, boolean created) {
    }

    Outcome submit(CurrentUser caller, JsonNode body) {
        CourtSubmission submission = reader.read(body, caller.jurisdictions());
        String key = submission.courtName() + '\n' + submission.courtCaseNumber() + '\n' + submission.type();
        synchronized (locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)]) {
            Optional<CourtCaseRecord> existing = find(submission);
            if (existing.isPresent()) {
                return existingFor(caller, existing.get());
            }
            try {
                return new Outcome(transaction.execute(status -> open(caller, submission)), true);
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                return existingFor(caller, find(submission).orElseThrow(() -> anotherNodeWasFaster));
            }
        }
    }

    private CourtCaseRecord open(CurrentUser caller, CourtSubmission submission) {
        Map<String, Object> variables = new HashMap<>(submission.variables());
        variables.put(CourtCaseVariables.INTAKE_CHANNEL, CHANNEL_API.toLowerCase(java.util.Locale.ROOT));
        CaseRecord opened = opener.open(new NewCase(submission.type().caseType(),
                submission.type().caseType().processKey(), submission.jurisdiction(), submission.title(), caller.id(),
                variables, DEPARTMENTS, submission.parties()));
        CourtCaseRecord record = new CourtCaseRecord(opened.caseNumber(), submission.type(), submission.courtName(),
                submission.courtCaseNumber(), submission.jurisdiction(), caller.id(), CHANNEL_API,
                OffsetDateTime.now(clock));
        courtCases.insert(record, submission.requestJson());
        return record;
    }

    private Optional<CourtCaseRecord> find(CourtSubmission submission) {
        return courtCases.find(submission.courtName(), submission.courtCaseNumber(), submission.type());
    }

    private Outcome existingFor(CurrentUser caller, CourtCaseRecord existing) {
        if (!access.canRead(caller, existing.caseNumber())) {
            // the same court name and 案号 from an account that may not see the case: never show it
            throw CourtApiException.conflict("该法院、案号和类型的案件已由其他账号提交，请联系提交该案件的法院");
        }
        return new Outcome(existing, false);
    }
}

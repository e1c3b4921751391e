package com.taxcollab.seizure;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** What the seizure process records in the register as it goes; its delegates call this. */
@Service
class SeizureService {

    private final EngineAsSystem asSystem;
    private final SeizureRepository seizures;
    private final SeizureRules rules;
    private final Clock clock;
    private final int renewalNoticeDays;

    SeizureService(SeizureRepository seizures, SeizureRules rules, Clock clock, EngineAsSystem asSystem,
            @Value("${taxcollab.seizure.renewal-notice-days:30}") int renewalNoticeDays) {
        this.asSystem = asSystem;
        this.seizures = seizures;
        this.rules = rules;
        this.clock = clock;
        this.renewalNoticeDays = renewalNoticeDays;
    }

    /** Records the request the case was opened with. */
    void record(String caseNumber, SeizureRequest request, String issuedBy) {
        if (seizures.exists(caseNumber)) {
            return;
        }
        List<FieldProblem> problems = rules.check(request);
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("查封请求有误：" + String.join("；",
                    problems.stream().map(p -> p.field() + "：" + p.message()).toList()));
        }
        seizures.insert(caseNumber, request, issuedBy, now());
    }

    Term registered(String caseNumber, String registrationNo, LocalDate registeredOn, String actor) {
        Seizure seizure = seizure(caseNumber);
        SeizureTerm term = SeizureTerm.of(registeredOn, seizure.termMonths());
        seizures.sealed(caseNumber, registrationNo, registeredOn, term.from(), term.until(), 0, now());
        seizures.history(caseNumber, SeizureStatus.SEALED, "查封登记 " + registrationNo + "，期限至 " + term.until(),
                actor, now());
        return terms(term);
    }

    void queued(String caseNumber, String registrationNo, String note, String earlierAuthority, String actor) {
        seizures.rejected(caseNumber, SeizureStatus.QUEUED, "ALREADY_SEALED", note, earlierAuthority, registrationNo,
                now());
        seizures.history(caseNumber, SeizureStatus.QUEUED, "已被" + (earlierAuthority == null ? "其他机关" : earlierAuthority)
                + "查封，轮候查封", actor, now());
    }

    void rejected(String caseNumber, String reason, String note, String actor) {
        seizures.rejected(caseNumber, SeizureStatus.REJECTED, reason, note, null, null, now());
        seizures.history(caseNumber, SeizureStatus.REJECTED, note == null ? reason : reason + "：" + note, actor, now());
    }

    /** The earlier seal is gone: the queued seizure takes effect today for its full term. */
    Term activateQueued(String caseNumber, String actor) {
        Seizure seizure = seizure(caseNumber);
        SeizureTerm term = SeizureTerm.of(today(), seizure.termMonths());
        seizures.sealed(caseNumber, null, null, term.from(), term.until(), 0, now());
        seizures.history(caseNumber, SeizureStatus.SEALED, "在先查封解除，轮候查封生效，期限至 " + term.until(),
                actor == null ? "system" : actor, now());
        return terms(term);
    }

    Term renewed(String caseNumber, int months, String registrationNo, String actor) {
        Seizure seizure = seizure(caseNumber);
        SeizureTerm term = new SeizureTerm(seizure.sealedFrom(), seizure.sealedUntil()).renewed(months);
        seizures.sealed(caseNumber, registrationNo, null, term.from(), term.until(), seizure.renewals() + 1, now());
        seizures.history(caseNumber, SeizureStatus.SEALED, "续封登记 " + registrationNo + "，期限至 " + term.until(),
                actor, now());
        return terms(term);
    }

    void releaseRequested(String caseNumber, String reason, String actor) {
        seizures.releasing(caseNumber, reason, now());
        seizures.history(caseNumber, SeizureStatus.RELEASING, reason, actor, now());
    }

    /** The registry lifted the seal: the next queued seizure of the property, if any, takes effect. */
    void released(String caseNumber, String releaseRegistrationNo, LocalDate on, String actor, RuntimeService runtime) {
        seizures.ended(caseNumber, SeizureStatus.RELEASED, releaseRegistrationNo, on, now());
        seizures.history(caseNumber, SeizureStatus.RELEASED, "解封登记 " + releaseRegistrationNo, actor, now());
        activateNextQueued(caseNumber, runtime);
    }

    /** Nobody renewed: the seal ends with its term, and the queue moves on. */
    void lapsed(String caseNumber, RuntimeService runtime) {
        Seizure seizure = seizure(caseNumber);
        seizures.ended(caseNumber, SeizureStatus.LAPSED, null, seizure.sealedUntil(), now());
        seizures.history(caseNumber, SeizureStatus.LAPSED, "查封期限届满未续封，查封失效", "system", now());
        activateNextQueued(caseNumber, runtime);
    }

    private void activateNextQueued(String caseNumber, RuntimeService runtime) {
        seizures.onCertificate(seizure(caseNumber).certificateNo()).stream()
                .filter(s -> s.status() == SeizureStatus.QUEUED && !s.caseNumber().equals(caseNumber)).findFirst()
                // the queued seizure may be another jurisdiction's: the job runs with this one's tenant only
                .ifPresent(next -> asSystem.run(() -> runtime
                        .createMessageCorrelation(SeizureVariables.EARLIER_SEAL_LIFTED_MESSAGE)
                        .processInstanceBusinessKey(next.caseNumber()).setVariable(SeizureVariables.ACTOR, "system")
                        .correlate()));
    }

    private Seizure seizure(String caseNumber) {
        return seizures.find(caseNumber).orElseThrow(() -> new ProcessEngineException("查封记录不存在：" + caseNumber));
    }

    private Term terms(SeizureTerm term) {
        return new Term(term.end(), term.renewalDecisionAt(renewalNoticeDays), term.until());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The process's two dates of a term: when it ends, and when tax must decide on renewal. */
    record Term(Date sealedUntil, Date renewalDecisionAt, LocalDate lastDay) {
    }
}

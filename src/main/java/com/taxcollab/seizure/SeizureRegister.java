package com.taxcollab.seizure;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register of sealed properties as the registry sees it before a transfer, and tax's request to
 * release a seal at any time.
 */
@Service
class SeizureRegister {

    private final SeizureRepository seizures;
    private final Organisation organisation;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    SeizureRegister(SeizureRepository seizures, Organisation organisation, RuntimeService runtimeService,
            IdentityService identityService, Clock clock) {
        this.seizures = seizures;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * The seals in force on the property, and the seizures queued behind them, citywide: a transfer is
     * blocked wherever it is registered. Only what the registry needs, never the taxpayer.
     */
    Check check(String certificateNo) {
        List<Entry> entries = seizures.onCertificate(certificateNo).stream().map(this::entry).toList();
        return new Check(certificateNo.strip(), entries.stream().anyMatch(Entry::sealed), entries);
    }

    /** Hands tax's release request to the waiting case. */
    @Transactional
    void requestRelease(String caseNumber, String reason, String userId) {
        correlate(SeizureVariables.RELEASE_MESSAGE, caseNumber,
                Map.of(SeizureVariables.RELEASE_REASON, reason.strip(), SeizureVariables.ACTOR, userId),
                "该查封当前不能申请解封（待登记、续封登记中或已办结）：" + caseNumber);
    }

    /**
     * The registry reports that the earlier seal of another authority (e.g. a court's), which our
     * register does not know, has been lifted: the queued seizure takes effect.
     */
    @Transactional
    void earlierSealLifted(String caseNumber, String userId) {
        correlate(SeizureVariables.EARLIER_SEAL_LIFTED_MESSAGE, caseNumber, Map.of(SeizureVariables.ACTOR, userId),
                "该查封不是轮候查封：" + caseNumber);
    }

    /** Who may do this was decided by the API; the engine acts as the system (departments cannot update instances). */
    private void correlate(String message, String caseNumber, Map<String, Object> variables, String conflict) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber)
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, conflict);
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /** A seal whose term has ended blocks nothing, even before the process has recorded the lapse. */
    private Entry entry(Seizure s) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        boolean sealed = s.status().blocksTransfer() && (s.sealedUntil() == null || !today.isAfter(s.sealedUntil()));
        return new Entry(s.status().name(), s.statusLabel(), sealed, authority(s.jurisdiction()),
                s.assistanceNoticeNo(), s.taxDecisionNo(), s.legalBasis(), s.registrationNo(), s.sealedFrom(),
                s.sealedUntil());
    }

    private String authority(String jurisdiction) {
        String name = organisation.jurisdictionName(jurisdiction).orElse(jurisdiction);
        return "lyg".equals(jurisdiction) ? "国家税务总局" + name + "税务局" : "国家税务总局连云港市" + name + "税务局";
    }

    /** {@code GET /api/seizures/check}: sealed when any seal on the property is in force. */
    record Check(String certificateNo, boolean sealed, List<Entry> seizures) {
    }

    record Entry(String status, String statusLabel, boolean sealed, String authority, String documentNumber,
            String taxDecisionNo, String legalBasis, String registrationNo, LocalDate since, LocalDate until) {
    }
}

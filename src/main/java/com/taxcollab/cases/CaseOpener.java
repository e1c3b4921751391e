package com.taxcollab.cases;

import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opens a case: allocates its number, records it, and starts its process with the number as
 * business key and the jurisdiction as tenant, all in one transaction with the engine, together with
 * the departments and parties involved.
 */
@Service
public class CaseOpener {

    /** Variables every case process gets at its start. */
    public static final String CASE_NUMBER = "caseNumber";
    public static final String JURISDICTION = "jurisdiction";
    public static final String INITIATOR = "initiator";

    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final RuntimeService runtimeService;
    private final CaseParticipants participants;
    private final Clock clock;
    private final EngineAsSystem engine;
    private final IdentityService identityService;

    CaseOpener(CaseNumbers caseNumbers, CaseRegistry registry, CaseParticipants participants,
            RuntimeService runtimeService, Clock clock, EngineAsSystem engine, IdentityService identityService) {
        this.engine = engine;
        this.identityService = identityService;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.participants = participants;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** The case being opened on this thread right now; {@link CaseOpeningGuard} lets only its instance start. */
    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    record Opening(String caseNumber, String processKey, String jurisdiction) {
    }

    static Opening opening() {
        return OPENING.get();
    }

    /**
     * Opens the case as the calling officer, who must belong to a department that may open this type
     * and to the jurisdiction (403 otherwise); work of the system (a timer, a job, a test) opens as
     * itself. The process then starts with the engine's own rights: no department may start one.
     */
    @Transactional
    public CaseRecord open(NewCase request) {
        checkMayOpen(request);
        participants.validate(request.departments(), request.parties());
        String caseNumber = caseNumbers.next(request.type());
        CaseRecord record = new CaseRecord(caseNumber, request.type(), request.jurisdiction(), request.title(),
                CaseStatus.OPEN, request.initiator(), OffsetDateTime.now(clock), null, null);
        registry.insert(record);
        participants.record(caseNumber, request.departments(), request.parties());
        Map<String, Object> variables = new HashMap<>(request.variables());
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(JURISDICTION, request.jurisdiction());
        variables.put(INITIATOR, request.initiator());
        OPENING.set(new Opening(caseNumber, request.processKey(), request.jurisdiction()));
        ProcessInstance instance;
        try {
            instance = engine.call(() -> runtimeService.createProcessInstanceByKey(request.processKey())
                    .businessKey(caseNumber).setVariables(variables).execute());
        } finally {
            OPENING.remove();
        }
        registry.attachProcessInstance(caseNumber, instance.getId());
        return registry.find(caseNumber).orElseThrow();
    }

    private void checkMayOpen(NewCase request) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        if (!request.type().mayBeOpenedByAnyOf(groups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "您所在的部门不能发起" + request.type().label() + "案件");
        }
        if (!tenants.contains(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "不能在本人辖区以外发起案件：" + request.jurisdiction());
        }
    }

    /**
     * What a process needs to open a case. {@code processKey} defaults to the type's own process.
     * {@code departments} are the ids of the departments (Camunda groups) involved from the start, within
     * the case's jurisdiction; {@code parties} are the taxpayer, debtor, courts … the case is about. Both
     * may be empty; add them with {@link #involving} and {@link #withParties}.
     */
    public record NewCase(CaseType type, String processKey, String jurisdiction, String title, String initiator,
            Map<String, Object> variables, List<String> departments, List<CaseParty> parties) {

        public NewCase(CaseType type, String processKey, String jurisdiction, String title, String initiator,
                Map<String, Object> variables) {
            this(type, processKey, jurisdiction, title, initiator, variables, List.of(), List.of());
        }

        public NewCase(CaseType type, String jurisdiction, String title, String initiator,
                Map<String, Object> variables) {
            this(type, type.processKey(), jurisdiction, title, initiator, variables);
        }

        public NewCase {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
            departments = departments == null ? List.of() : List.copyOf(departments);
            parties = parties == null ? List.of() : List.copyOf(parties);
        }

        /** The same case with these departments involved as well. */
        public NewCase involving(String... moreDepartments) {
            List<String> all = new ArrayList<>(departments);
            all.addAll(List.of(moreDepartments));
            return new NewCase(type, processKey, jurisdiction, title, initiator, variables, all, parties);
        }

        /** The same case with these parties as well. */
        public NewCase withParties(CaseParty... moreParties) {
            List<CaseParty> all = new ArrayList<>(parties);
            all.addAll(List.of(moreParties));
            return new NewCase(type, processKey, jurisdiction, title, initiator, variables, departments, all);
        }
    }
}

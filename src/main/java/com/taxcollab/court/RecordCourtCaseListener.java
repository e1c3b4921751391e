package com.taxcollab.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.auction.AuctionVariables;
import com.taxcollab.bankruptcy.BankruptcyVariables;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordCourtCaseListener}}: a court case started by a clerk from a Tasklist start form
 * gets the same checks and the same once-only record as one submitted through the intake API. Runs
 * after {@code registerCaseListener}; cases from the API are already recorded and pass through.
 */
@Component("recordCourtCaseListener")
class RecordCourtCaseListener implements ExecutionListener {

    /** Start-form variable → field of the intake API's JSON. */
    private static final Map<String, String> AUCTION_FIELDS = new LinkedHashMap<>();
    private static final Map<String, String> BANKRUPTCY_FIELDS = new LinkedHashMap<>();

    static {
        AUCTION_FIELDS.put(AuctionVariables.PROPERTY_KIND, "property.kind");
        AUCTION_FIELDS.put(AuctionVariables.PROPERTY_LOCATION, "property.location");
        AUCTION_FIELDS.put(AuctionVariables.CERTIFICATE_NO, "property.certificateNo");
        AUCTION_FIELDS.put(AuctionVariables.PROPERTY_AREA, "property.area");
        AUCTION_FIELDS.put(AuctionVariables.APPRAISAL_PRICE, "property.appraisalPrice");
        AUCTION_FIELDS.put(AuctionVariables.RESERVE_PRICE, "property.reservePrice");
        AUCTION_FIELDS.put(AuctionVariables.OWNER_KIND, "owner.kind");
        AUCTION_FIELDS.put(AuctionVariables.OWNER_NAME, "owner.name");
        AUCTION_FIELDS.put(AuctionVariables.OWNER_ID_NUMBER, "owner.idNumber");
        AUCTION_FIELDS.put(AuctionVariables.AUCTION_PLATFORM, "auction.platform");
        AUCTION_FIELDS.put(AuctionVariables.PLANNED_DATE, "auction.plannedDate");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.DEBTOR_NAME, "debtor.name");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.DEBTOR_USCC, "debtor.uscc");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.ADMINISTRATOR_NAME, "administrator.name");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.ADMINISTRATOR_CONTACT, "administrator.contact");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.ACCEPTED_ON, "acceptedOn");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.ANNOUNCED_ON, "announcedOn");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.CLAIM_DEADLINE, "claimDeadline");
        BANKRUPTCY_FIELDS.put(BankruptcyVariables.FIRST_CREDITORS_MEETING, "firstCreditorsMeeting");
    }

    static final String COURT = "court";

    private final CourtSubmissionReader reader;
    private final CourtCases courtCases;
    private final CaseParticipants participants;
    private final ObjectMapper json;
    private final Clock clock;

    RecordCourtCaseListener(CourtSubmissionReader reader, CourtCases courtCases, CaseParticipants participants,
            ObjectMapper json, Clock clock) {
        this.reader = reader;
        this.courtCases = courtCases;
        this.participants = participants;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(CourtVariables.INTAKE_CHANNEL)) {
            return;
        }
        // every department may start every process in the engine; court cases are the courts' to submit
        Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (starter != null && (starter.getGroupIds() == null || !starter.getGroupIds().contains(COURT))) {
            throw new ProcessEngineException("只有法院用户组（court）的账号可以提交法院协助案件");
        }
        boolean auction = AuctionVariables.PROCESS_KEY.equals(processKey(execution));
        ObjectNode body = json.createObjectNode();
        body.put("type", (auction ? CourtCaseType.AUCTION_TAX_GUIDANCE : CourtCaseType.BANKRUPTCY).name());
        body.put("jurisdiction", execution.getTenantId());
        copy(execution, body, CourtVariables.COURT_NAME, "courtName");
        copy(execution, body, CourtVariables.COURT_CASE_NUMBER, "courtCaseNumber");
        (auction ? AUCTION_FIELDS : BANKRUPTCY_FIELDS).forEach((variable, field) -> copy(execution, body, variable, field));
        CourtSubmission submission;
        try {
            submission = reader.read(body, null);
        } catch (InvalidInputException e) {
            throw new ProcessEngineException("提交的内容有误：" + String.join("；",
                    e.problems().stream().map(p -> p.message()).toList()));
        }
        execution.setVariables(submission.variables());
        String caseNumber = (String) execution.getVariable(CaseOpener.CASE_NUMBER);
        String initiator = (String) execution.getVariable(CaseOpener.INITIATOR);
        courtCases.find(submission.courtName(), submission.courtCaseNumber(), submission.type()).ifPresent(existing -> {
            throw new ProcessEngineException("该法院已提交过同一案号、同一类型的案件：" + existing.caseNumber());
        });
        try {
            courtCases.insert(new CourtCaseRecord(caseNumber, submission.type(), submission.courtName(),
                    submission.courtCaseNumber(), submission.jurisdiction(), initiator, CourtIntake.CHANNEL_TASKLIST,
                    OffsetDateTime.now(clock)), submission.requestJson());
        } catch (DuplicateKeyException submittedAtTheSameMoment) {
            throw new ProcessEngineException("该法院已提交过同一案号、同一类型的案件：" + submission.courtCaseNumber());
        }
        CourtIntake.DEPARTMENTS.forEach(department -> participants.addDepartment(caseNumber, department));
    }

    private static String processKey(DelegateExecution execution) {
        // the definition id is not always key:version:uuid (a long one is a bare uuid): ask the model
        return execution.getBpmnModelInstance().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .stream().filter(org.camunda.bpm.model.bpmn.instance.Process::isExecutable).findFirst().orElseThrow()
                .getId();
    }

    private static void copy(DelegateExecution execution, ObjectNode body, String variable, String path) {
        Object value = execution.getVariable(variable);
        if (value == null) {
            return;
        }
        ObjectNode parent = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String field = parts[parts.length - 1];
        if (value instanceof Number number) {
            parent.put(field, new java.math.BigDecimal(number.toString()));
        } else {
            parent.put(field, value.toString());
        }
    }
}

package com.taxcollab.dispute;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.EngineSteps.Json;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of the dispute process on PostgreSQL, worked by the officers through the engine's REST API. */
class DisputeEscalationProcessTest extends IntegrationTest {

    static final String NEGOTIATE = "Task_Negotiate";
    static final String CONFIRM = "Task_ConfirmAgreement";
    static final String DECIDE = "Task_GovernmentDecision";
    static final String ACKNOWLEDGE = "Task_AcknowledgeDecision";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DisputeRepository disputes;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseParticipants participants;

    @Autowired
    ProcessEngine processEngine;

    EngineSteps steps;

    @BeforeEach
    void mondayBeforeNationalDay() {
        AbstractAssertions.init(processEngine);
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-09-28T10:00:00+08:00"));
    }

    @Test
    void agreementConfirmedByEveryDepartmentClosesTheCaseAsResolvedByNegotiation() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));

        Task negotiation = steps.task(caseNumber, NEGOTIATE);
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(negotiation.getDueDate()).isEqualTo(at("2026-10-16T23:59:59+08:00"));
        assertThat(steps.visibleTaskIds(http, "tax1", caseNumber)).contains(negotiation.getId());
        steps.complete(http, "tax1", negotiation, Map.of("negotiationOutcome", "AGREED",
                "agreementText", "查封登记信息由不动产登记中心每周推送税务局。"));

        List<Task> confirmations = steps.tasks(caseNumber, CONFIRM);
        assertThat(confirmations).hasSize(2);
        steps.complete(http, "court1", confirmationOf(confirmations, "court"), Map.of("confirmation", "CONFIRM"));
        steps.complete(http, "registry1", confirmationOf(steps.tasks(caseNumber, CONFIRM), "realestate"),
                Map.of("confirmation", "CONFIRM"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ResolvedByNegotiation")
                .hasNotPassed("Task_EscalateToGovernment");
        Dispute dispute = disputes.find(caseNumber).orElseThrow();
        assertThat(dispute.outcome()).isEqualTo(DisputeOutcome.RESOLVED_BY_NEGOTIATION);
        assertThat(dispute.negotiatedBy()).isEqualTo("tax1");
        assertThat(dispute.agreementText()).contains("每周推送");
        assertThat(dispute.escalationReason()).isNull();
        assertThat(dispute.confirmations()).extracting(Dispute.Confirmation::answeredBy)
                .containsExactlyInAnyOrder("court1", "registry1");
        assertThat(dispute.closedAt()).isNotNull();
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(steps.notifications("court1", caseNumber)).contains("CASE_CLOSED");
    }

    @Test
    void aDepartmentRefusingTheAgreementTakesTheDisputeToTheGovernmentWhoseDecisionClosesIt() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));
        steps.complete(http, "tax1", steps.task(caseNumber, NEGOTIATE), Map.of("negotiationOutcome", "AGREED",
                "agreementText", "由法院承担通知义务。"));

        steps.complete(http, "registry1", confirmationOf(steps.tasks(caseNumber, CONFIRM), "realestate"),
                Map.of("confirmation", "REFUSE", "refusalReason", "不属于本部门职责。"));

        assertThat(steps.tasks(caseNumber, CONFIRM)).isEmpty();
        Task decision = steps.task(caseNumber, DECIDE);
        assertThat(steps.visibleTaskIds(http, "gov1", caseNumber)).contains(decision.getId());
        assertThat(participants.departments(caseNumber)).contains("govoffice");
        assertThat(steps.notifications("gov1", caseNumber)).contains("TASK_CREATED");
        Dispute escalated = disputes.find(caseNumber).orElseThrow();
        assertThat(escalated.escalationReason()).isEqualTo("REFUSED");
        assertThat(escalated.outcome()).isEqualTo(DisputeOutcome.AWAITING_GOVERNMENT);
        assertThat(escalated.confirmations()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("不属于本部门职责。"));

        decideAndAcknowledge(caseNumber, "gov1", Map.of("court", "court1", "realestate", "registry1"));

        Dispute resolved = disputes.find(caseNumber).orElseThrow();
        assertThat(resolved.outcome()).isEqualTo(DisputeOutcome.RESOLVED_BY_GOVERNMENT);
        assertThat(resolved.decidedBy()).isEqualTo("gov1");
        assertThat(resolved.decisionLevel()).isEqualTo("lyg");
        assertThat(resolved.decidedAt()).isNotNull();
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void noAgreementGoesToTheGovernmentOfTheSameJurisdiction() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));

        steps.complete(http, "tax1", steps.task(caseNumber, NEGOTIATE), Map.of("negotiationOutcome", "NOT_AGREED"));

        Task decision = steps.task(caseNumber, DECIDE);
        assertThat(decision.getTenantId()).isEqualTo("lyg");
        assertThat(decision.getDueDate()).isEqualTo(at("2026-10-23T23:59:59+08:00"));
        assertThat(steps.visibleTaskIds(http, "hzgov1", caseNumber)).isEmpty();
        assertThat(disputes.find(caseNumber).orElseThrow().escalationReason()).isEqualTo("NOT_AGREED");
        assertThat(taskService.getVariable(decision.getId(), "escalationReasonLabel")).isEqualTo("税务局牵头协商未达成一致");
        decideAndAcknowledge(caseNumber, "gov1", Map.of("court", "court1", "realestate", "registry1"));
        assertThat(disputes.find(caseNumber).orElseThrow().outcome()).isEqualTo(DisputeOutcome.RESOLVED_BY_GOVERNMENT);
    }

    @Test
    void taxIsRemindedTwoWorkingDaysBeforeTheNegotiationDeadlineAndTheGovernmentDecidesWhenItPasses() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));
        String instance = steps.task(caseNumber, NEGOTIATE).getProcessInstanceId();

        assertThat(steps.dueDate(instance, "Timer_NegotiationReminder")).isEqualTo(at("2026-10-14T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_NegotiationReminder");
        assertThat(steps.notifications("tax1", caseNumber)).containsSubsequence("TASK_CREATED", "REMINDER");
        assertThat(steps.tasks(caseNumber, NEGOTIATE)).hasSize(1);

        assertThat(steps.dueDate(instance, "Timer_NegotiationOverdue")).isEqualTo(at("2026-10-16T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_NegotiationOverdue");

        assertThat(steps.tasks(caseNumber, NEGOTIATE)).isEmpty();
        assertThat(steps.tasks(caseNumber, DECIDE)).hasSize(1);
        assertThat(disputes.find(caseNumber).orElseThrow().escalationReason()).isEqualTo("NEGOTIATION_OVERDUE");
    }

    @Test
    void departmentsAreRemindedOfConfirmationAndSupervisorsToldWhenItIsOverdue() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));
        Task negotiation = steps.task(caseNumber, NEGOTIATE);
        String instance = negotiation.getProcessInstanceId();
        steps.complete(http, "tax1", negotiation, Map.of("negotiationOutcome", "AGREED", "agreementText", "意见"));

        // agreed on Monday 28 September: the 5th working day after National Day is the make-up Saturday
        assertThat(steps.tasks(caseNumber, CONFIRM)).extracting(Task::getDueDate)
                .containsOnly(at("2026-10-10T23:59:59+08:00"));
        assertThat(steps.dueDate(instance, "Timer_ConfirmationReminder")).isEqualTo(at("2026-10-08T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_ConfirmationReminder");
        assertThat(steps.notifications("registry1", caseNumber)).contains("REMINDER");
        assertThat(steps.notifications("court1", caseNumber)).contains("REMINDER");

        steps.fireTimer(instance, "Timer_ConfirmationOverdue");
        assertThat(steps.notifications("super1", caseNumber)).contains("OVERDUE");
        assertThat(steps.tasks(caseNumber, CONFIRM)).hasSize(2);
    }

    @Test
    void governmentIsRemindedLeadershipToldWhenTheDecisionIsOverdueAndDepartmentsRemindedToAcknowledge() {
        String caseNumber = file("court1", "lyg", List.of("court", "realestate"));
        Task negotiation = steps.task(caseNumber, NEGOTIATE);
        String instance = negotiation.getProcessInstanceId();
        steps.complete(http, "tax1", negotiation, Map.of("negotiationOutcome", "NOT_AGREED"));

        steps.fireTimer(instance, "Timer_DecisionReminder");
        assertThat(steps.notifications("gov1", caseNumber)).contains("REMINDER");
        steps.fireTimer(instance, "Timer_DecisionOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        Task decision = steps.task(caseNumber, DECIDE);

        steps.complete(http, "gov1", decision, Map.of("decisionText", "由不动产登记中心负责。"));
        steps.fireTimer(instance, "Timer_AcknowledgementReminder");
        assertThat(steps.notifications("registry1", caseNumber)).contains("REMINDER");
        steps.fireTimer(instance, "Timer_AcknowledgementOverdue");
        assertThat(steps.notifications("super1", caseNumber)).contains("OVERDUE");
        assertThat(steps.tasks(caseNumber, ACKNOWLEDGE)).hasSize(2);
    }

    @Test
    void districtGovernmentRefersADisputeInvolvingACityDepartmentToTheCity() {
        String district = file("hzcourt1", "haizhou", List.of("court", "tax"));
        steps.complete(http, "hztax1", steps.task(district, NEGOTIATE), Map.of("negotiationOutcome", "NOT_AGREED"));
        Task districtDecision = steps.task(district, DECIDE);
        String districtInstance = districtDecision.getProcessInstanceId();

        steps.complete(http, "hzgov1", districtDecision, Map.of("referToCity", true,
                "cityDepartments", new Json("[\"market\"]"), "referralReason", "涉及市市场监管局职责。"));
        steps.runJob(districtInstance, "Task_ReferToCity");

        String city = disputes.find(district).orElseThrow().referredTo();
        assertThat(city).startsWith("ZY-");
        assertThat(disputes.find(district).orElseThrow().outcome()).isEqualTo(DisputeOutcome.REFERRED_TO_CITY);
        assertThat(registry.find(city).orElseThrow().jurisdiction()).isEqualTo("lyg");
        Dispute cityDispute = disputes.find(city).orElseThrow();
        assertThat(cityDispute.referredFrom()).isEqualTo(district);
        assertThat(cityDispute.escalationReason()).isEqualTo("REFERRED_FROM_DISTRICT");
        Task cityDecision = steps.task(city, DECIDE);
        assertThat(steps.visibleTaskIds(http, "gov1", city)).contains(cityDecision.getId());
        assertThat(steps.visibleTaskIds(http, "hzgov1", city)).isEmpty();

        steps.complete(http, "gov1", cityDecision, Map.of("decisionText", "由市市场监管局牵头处理。"));
        String cityInstance = cityDecision.getProcessInstanceId();
        steps.runJob(cityInstance, "Task_ReturnCityDecision");

        assertThat(steps.tasks(city, ACKNOWLEDGE)).singleElement()
                .satisfies(task -> assertThat(task.getTenantId()).isEqualTo("lyg"));
        List<Task> districtAcks = steps.tasks(district, ACKNOWLEDGE);
        assertThat(districtAcks).hasSize(2).allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo("haizhou"));
        steps.complete(http, "hzcourt1", acknowledgementOf(districtAcks, "court"), Map.of("acknowledged", true));
        steps.complete(http, "hztax1", acknowledgementOf(steps.tasks(district, ACKNOWLEDGE), "tax"),
                Map.of("acknowledged", true));
        taskService.complete(steps.task(city, ACKNOWLEDGE).getId(), Map.of("acknowledged", true));

        Dispute decided = disputes.find(district).orElseThrow();
        assertThat(decided.outcome()).isEqualTo(DisputeOutcome.RESOLVED_BY_GOVERNMENT);
        assertThat(decided.decidedBy()).isEqualTo("gov1");
        assertThat(decided.decisionLevel()).isEqualTo("lyg");
        assertThat(decided.decisionText()).isEqualTo("由市市场监管局牵头处理。");
        assertThat(disputes.find(city).orElseThrow().outcome()).isEqualTo(DisputeOutcome.RESOLVED_BY_GOVERNMENT);
        assertThat(registry.find(district).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(registry.find(city).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    private void decideAndAcknowledge(String caseNumber, String governmentOfficer, Map<String, String> officers) {
        steps.complete(http, governmentOfficer, steps.task(caseNumber, DECIDE),
                Map.of("decisionText", "由税务局会同不动产登记中心共同承担。"));
        officers.forEach((department, officer) -> steps.complete(http, officer,
                acknowledgementOf(steps.tasks(caseNumber, ACKNOWLEDGE), department), Map.of("acknowledged", true)));
        assertThat(steps.tasks(caseNumber, ACKNOWLEDGE)).isEmpty();
    }

    private String file(String user, String jurisdiction, List<String> departments) {
        ResponseEntity<Map> filed = http.withBasicAuth(user, "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", jurisdiction, "departments", departments, "matter", "不动产查封信息共享",
                        "description", "双方对查封信息推送职责有分歧。"), Map.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("caseNumber");
    }

    private Task confirmationOf(List<Task> tasks, String department) {
        return ofDepartment(tasks, department);
    }

    private Task acknowledgementOf(List<Task> tasks, String department) {
        return ofDepartment(tasks, department);
    }

    private Task ofDepartment(List<Task> tasks, String department) {
        return tasks.stream().filter(task -> taskService.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> department.equals(link.getGroupId()))).findFirst().orElseThrow();
    }
}

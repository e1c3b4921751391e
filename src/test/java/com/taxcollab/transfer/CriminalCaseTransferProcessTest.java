package com.taxcollab.transfer;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of a transferred suspected tax crime on PostgreSQL (行政执法机关移送涉嫌犯罪案件的规定):
 * the police decide on filing within 3 days of receipt, tax may ask for reconsideration within 3 days
 * of the notice, the police decide within 3 days, then the procuratorate may be asked to supervise;
 * every "3 days" in calendar days with the holiday extension.
 */
class CriminalCaseTransferProcessTest extends IntegrationTest {

    static final String DECIDE = "Task_DecideFiling";
    static final String ASK_RECONSIDERATION = "Task_ConsiderReconsideration";
    static final String RECONSIDER = "Task_Reconsider";
    static final String ASK_SUPERVISION = "Task_ConsiderSupervision";
    static final String SUPERVISE = "Task_Supervise";
    static final String OUTCOME = "Task_ReportOutcome";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseParticipants participants;

    EngineSteps steps;

    @BeforeEach
    void tuesdayBeforeNationalDay() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-09-29T10:00:00+08:00"));
    }

    @Test
    void thePoliceFileTheCaseAndReportItsResult() {
        String caseNumber = transfer();
        Task decide = steps.task(caseNumber, DECIDE);
        assertThat(decide.getDueDate()).as("3 days from 09-29 end on 10-02, in the holiday: the end of 10-08")
                .isEqualTo(at("2026-10-08T23:59:59+08:00"));
        assertThat(participants.departments(caseNumber)).contains("tax", "police");

        steps.complete(http, "police1", decide, Map.of("filingDecision", "FILE"));
        steps.complete(http, "police1", steps.task(caseNumber, OUTCOME), Map.of("outcome", "PROSECUTION"));

        assertClosed(caseNumber, "CONCLUDED");
        assertThat(column(caseNumber, "outcome")).isEqualTo("PROSECUTION");
        assertThat(steps.notifications("tax1", caseNumber)).contains("CASE_CLOSED");
    }

    @Test
    void aRefusalTaxAcceptsEndsTheCase() {
        String caseNumber = transfer();
        steps.complete(http, "police1", steps.task(caseNumber, DECIDE), Map.of("filingDecision", "REFUSE",
                "refusalReason", "现有证据不足以证明达到立案追诉标准。"));
        Task ask = steps.task(caseNumber, ASK_RECONSIDERATION);
        assertThat(steps.visibleTaskIds(http, "tax1", caseNumber)).contains(ask.getId());

        steps.complete(http, "tax1", ask, Map.of("reconsiderationRequest", "ACCEPT"));

        assertClosed(caseNumber, "CLOSED_NOT_FILED");
        assertThat(column(caseNumber, "refusal_reason")).contains("立案追诉标准");
    }

    @Test
    void onReconsiderationThePoliceFileAfterAll() {
        String caseNumber = refusedAndReconsidered();

        steps.complete(http, "police1", steps.task(caseNumber, RECONSIDER), Map.of("reconsiderationDecision", "FILE"));
        steps.complete(http, "police1", steps.task(caseNumber, OUTCOME), Map.of("outcome", "PROSECUTION"));

        assertClosed(caseNumber, "CONCLUDED");
        assertThat(column(caseNumber, "reconsideration_decision")).isEqualTo("FILE");
    }

    @Test
    void anUpheldRefusalTaxLetsStandEndsTheCase() {
        String caseNumber = refusedAndReconsidered();
        steps.complete(http, "police1", steps.task(caseNumber, RECONSIDER),
                Map.of("reconsiderationDecision", "UPHOLD"));

        steps.complete(http, "tax1", steps.task(caseNumber, ASK_SUPERVISION), Map.of("supervisionRequest", "ACCEPT"));

        assertClosed(caseNumber, "CLOSED_NOT_FILED");
    }

    @Test
    void stillRefusedSentToTheProcuratorateWhichOrdersFilingAndEveryWaitIsRemindedAndEscalated() {
        String caseNumber = transfer();
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        fireReminderAndOverdue(instance, "Timer_DecideFiling");
        assertThat(steps.notifications("police1", caseNumber)).contains("REMINDER", "OVERDUE");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");

        ClockUtil.setCurrentTime(at("2026-10-09T10:00:00+08:00"));
        steps.complete(http, "police1", steps.task(caseNumber, DECIDE), Map.of("filingDecision", "REFUSE",
                "refusalReason", "不构成犯罪。"));
        assertThat(steps.task(caseNumber, ASK_RECONSIDERATION).getDueDate()).as("3 days from Friday 10-09: 10-12")
                .isEqualTo(at("2026-10-12T23:59:59+08:00"));
        fireReminderAndOverdue(instance, "Timer_ConsiderReconsideration");
        steps.complete(http, "tax1", steps.task(caseNumber, ASK_RECONSIDERATION), Map.of(
                "reconsiderationRequest", "ASK", "reconsiderationReason", "偷逃税款数额已达追诉标准。"));
        fireReminderAndOverdue(instance, "Timer_Reconsider");
        steps.complete(http, "police1", steps.task(caseNumber, RECONSIDER),
                Map.of("reconsiderationDecision", "UPHOLD"));
        fireReminderAndOverdue(instance, "Timer_ConsiderSupervision");
        steps.complete(http, "tax1", steps.task(caseNumber, ASK_SUPERVISION), Map.of("supervisionRequest", "ASK",
                "supervisionReason", "建议检察机关依法监督。"));
        Task supervise = steps.task(caseNumber, SUPERVISE);
        assertThat(steps.visibleTaskIds(http, "procur1", caseNumber)).contains(supervise.getId());
        assertThat(participants.departments(caseNumber)).contains("procuratorate");
        fireReminderAndOverdue(instance, "Timer_Supervise");
        steps.complete(http, "procur1", supervise, Map.of("supervisionResult", "ORDER_FILING"));

        ResponseEntity<String> noNote = http.withBasicAuth("police1", "demo").postForEntity("/api/tasks/"
                + steps.task(caseNumber, OUTCOME).getId() + "/complete",
                Map.of("variables", Map.of("outcome", "WITHDRAWN")), String.class);
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody()).contains("outcomeNote");
        steps.complete(http, "police1", steps.task(caseNumber, OUTCOME), Map.of("outcome", "WITHDRAWN",
                "outcomeNote", "补缴税款后依法撤销案件。"));

        assertClosed(caseNumber, "CONCLUDED");
        assertThat(jdbc.queryForMap("SELECT supervision_result, outcome, outcome_note FROM criminal_transfers"
                + " WHERE case_number = ?", caseNumber)).containsEntry("supervision_result", "ORDER_FILING")
                .containsEntry("outcome", "WITHDRAWN");
    }

    @Test
    void theProcuratorateFindsTheRefusalJustified() {
        String caseNumber = refusedAndReconsidered();
        steps.complete(http, "police1", steps.task(caseNumber, RECONSIDER),
                Map.of("reconsiderationDecision", "UPHOLD"));
        steps.complete(http, "tax1", steps.task(caseNumber, ASK_SUPERVISION), Map.of("supervisionRequest", "ASK",
                "supervisionReason", "建议检察机关依法监督。"));

        steps.complete(http, "procur1", steps.task(caseNumber, SUPERVISE),
                Map.of("supervisionResult", "REFUSAL_JUSTIFIED"));

        assertClosed(caseNumber, "CLOSED_REFUSAL_JUSTIFIED");
    }

    @Test
    void aRefusalWithoutItsReasonIsABadRequestNamingTheField() {
        String caseNumber = transfer();
        ResponseEntity<String> answer = http.withBasicAuth("police1", "demo").postForEntity("/api/tasks/"
                + steps.task(caseNumber, DECIDE).getId() + "/complete",
                Map.of("variables", Map.of("filingDecision", "REFUSE")), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("refusalReason");
        assertThat(steps.tasks(caseNumber, DECIDE)).hasSize(1);
    }

    @Test
    void onlyTaxTransfersWithTheFileTheRuleRequires() {
        long before = jdbc.queryForObject("SELECT count(*) FROM cases", Long.class);
        Map<String, Object> request = request();
        request.put("attachments", List.of(document("涉嫌犯罪案件移送书")));
        request.put("facts", "");

        ResponseEntity<String> incomplete = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/criminal-transfers", request, String.class);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody()).contains("facts", "缺少必备材料：涉嫌犯罪案件情况的调查报告");
        assertThat(http.withBasicAuth("police1", "demo").postForEntity("/api/criminal-transfers", request(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cases", Long.class)).isEqualTo(before);
    }

    private String refusedAndReconsidered() {
        String caseNumber = transfer();
        steps.complete(http, "police1", steps.task(caseNumber, DECIDE), Map.of("filingDecision", "REFUSE",
                "refusalReason", "不构成犯罪。"));
        steps.complete(http, "tax1", steps.task(caseNumber, ASK_RECONSIDERATION), Map.of(
                "reconsiderationRequest", "ASK", "reconsiderationReason", "偷逃税款数额已达追诉标准。"));
        return caseNumber;
    }

    private void fireReminderAndOverdue(String instance, String timerPrefix) {
        steps.fireTimer(instance, timerPrefix + "Reminder");
        steps.fireTimer(instance, timerPrefix + "Overdue");
    }

    private String transfer() {
        ResponseEntity<Map> response = http.withBasicAuth("tax1", "demo").postForEntity("/api/criminal-transfers",
                request(), Map.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }

    private static Map<String, Object> request() {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("taxpayer", Map.of("name", "连云港某某贸易有限公司", "uscc", "91320700MA1X2Y3K4H"));
        request.put("suspectedOffence", "逃税罪");
        request.put("facts", "2024至2025年度采取隐匿收入、虚假申报手段，少缴税款数额较大。");
        request.put("amount", 1_250_000);
        request.put("attachments", List.of(document("涉嫌犯罪案件移送书"), document("涉嫌犯罪案件情况的调查报告")));
        return request;
    }

    private static Map<String, Object> document(String kind) {
        return Map.of("kind", kind, "fileName", kind + ".pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf(kind)));
    }

    private void assertClosed(String caseNumber, String status) {
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(column(caseNumber, "status")).isEqualTo(status);
    }

    private String column(String caseNumber, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM criminal_transfers WHERE case_number = ?",
                String.class, caseNumber);
    }
}

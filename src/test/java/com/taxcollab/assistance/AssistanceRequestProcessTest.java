package com.taxcollab.assistance;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.TestCatalog;
import com.taxcollab.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every duty of the catalog on PostgreSQL: filed by tax1, answered by the department's officer in
 * time, confirmed, closed; and for the environmental-tax review (五) and the social-insurance support
 * (八): the reminder and escalation of a late answer, a refusal sent on as a dispute, the supplement loop.
 */
class AssistanceRequestProcessTest extends IntegrationTest {

    static final String ANSWER = "Task_Answer";
    static final String REVIEW = "Task_ReviewAnswer";
    static final String REFUSAL_REVIEW = "Task_ReviewRefusal";

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssistanceCatalog catalog;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseParticipants participants;

    /** A duty an administrator adds: the department checks a certificate, and its answer closes the case. */
    static final String NO_CONFIRMATION_DUTY = """
                  - code: tax-certificate-check
                    item: 第二十二条
                    name: 完税凭证真实性核对
                    legal-basis: 本意见第二十二条
                    assisting: hrss
                    term: { amount: 3, unit: WORKING_DAYS }
                    reminder-before: 1
                    escalate-after: 0
                    documents: [协助函]
                    answer: OPINION
                    may-refuse: true
                    confirm: false
            """;

    EngineSteps steps;

    @BeforeEach
    void mondayBeforeNationalDay() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-09-21T10:00:00+08:00"));
    }

    /** The duty and the officer of its department in lyg; 税务检查协助 goes to the market regulator. */
    static Stream<String[]> everyDuty() {
        return Stream.of(new String[] {"police-enforcement", "police1"},
                new String[] {"science-rd-appraisal", "science1"}, new String[] {"science-hightech-review", "science1"},
                new String[] {"envtax-review", "eco1"}, new String[] {"farmland-tax-review", "land1"},
                new String[] {"price-determination", "price1"}, new String[] {"social-insurance-hrss", "hrss1"},
                new String[] {"social-insurance-medins", "medins1"},
                new String[] {"procuratorate-supervision", "procur1"},
                new String[] {"inspection-assistance", "hrss1"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDuty")
    void filedAnsweredInTimeConfirmedAndClosed(String duty, String officer) {
        AssistanceDuty entry = catalog.duty(duty).orElseThrow();
        Map<String, Object> request = AssistanceScenarios.request(duty, "lyg", entry.documents());
        if (entry.anyDepartment()) {
            request.put("department", "hrss");
        }
        String caseNumber = AssistanceScenarios.file(http, "tax1", request);

        Task answer = steps.task(caseNumber, ANSWER);
        assertThat(steps.visibleTaskIds(http, officer, caseNumber)).as("offered to %s", officer)
                .contains(answer.getId());
        assertThat(steps.visibleTaskIds(http, "eco1".equals(officer) ? "hrss1" : "eco1", caseNumber))
                .as("not offered to another department").isEmpty();
        steps.complete(http, officer, answer, entry.answer() == AssistanceDuty.Answer.REVIEW
                ? Map.of("assistanceAnswer", "ANSWER", "verdict", "TRUE", "answerText", "经复核，申报数据属实。")
                : Map.of("assistanceAnswer", "ANSWER", "answerText", "已按请求办理，意见见附件。"));
        steps.complete(http, "tax1", steps.task(caseNumber, REVIEW), Map.of("answerReview", "CONFIRM"));

        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(status(caseNumber)).isEqualTo("CLOSED");
        assertThat(steps.notifications("tax1", caseNumber)).contains("CASE_CLOSED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void environmentalTaxReviewIsDueFifteenDaysLaterAfterNationalDayRemindedAndEscalated() {
        String caseNumber = fileEnvironmentalTaxReview();
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();

        Task answer = steps.task(caseNumber, ANSWER);
        assertThat(answer.getDueDate()).as("day 15 is 10-06, in the holiday: the end of 10-08")
                .isEqualTo(at("2026-10-08T23:59:59+08:00"));
        assertThat(steps.dueDate(instance, "Timer_AnswerReminder")).isEqualTo(at("2026-09-28T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_AnswerReminder");
        assertThat(steps.notifications("eco1", caseNumber)).contains("REMINDER");

        steps.fireTimer(instance, "Timer_AnswerOverdue");
        assertThat(steps.notifications("eco1", caseNumber)).contains("OVERDUE");
        assertThat(steps.notifications("super1", caseNumber)).as("supervision sees the late answer")
                .contains("OVERDUE");
        assertThat(steps.notifications("lead1", caseNumber)).containsExactly("ESCALATION");
        assertThat(participants.departments(caseNumber)).contains("leadership");
        assertThat(steps.task(caseNumber, ANSWER).getId()).as("the department still answers").isEqualTo(answer.getId());

        ClockUtil.setCurrentTime(at("2026-10-09T09:00:00+08:00"));
        Map<String, Object> dashboard = http.withBasicAuth("super1", "demo")
                .getForObject("/api/supervision/dashboard?jurisdiction=lyg", Map.class);
        assertThat((List<Map<String, Object>>) dashboard.get("assistance")).as("supervision's ledger of requests")
                .filteredOn(row -> caseNumber.equals(row.get("caseNumber"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("light", "逾期").containsEntry("department", "生态环境局")
                        .containsEntry("step", "办理协助请求"));
    }

    @Test
    void socialInsuranceSupportIsDueInTenWorkingDaysAndEscalatedWhenLate() {
        AssistanceDuty duty = catalog.duty("social-insurance-hrss").orElseThrow();
        String caseNumber = AssistanceScenarios.file(http, "tax1",
                AssistanceScenarios.request(duty.code(), "lyg", duty.documents()));
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();

        assertThat(steps.task(caseNumber, ANSWER).getDueDate())
                .as("10 working days: the holidays skipped, the make-up Saturday 10-10 counted")
                .isEqualTo(at("2026-10-12T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_AnswerReminder");
        steps.fireTimer(instance, "Timer_AnswerOverdue");

        assertThat(steps.notifications("hrss1", caseNumber)).contains("TASK_CREATED", "REMINDER", "OVERDUE");
        assertThat(steps.notifications("lead1", caseNumber)).containsExactly("ESCALATION");
    }

    /** 五 (ecology, a 复核) and 八 (social insurance, an opinion): the duties the policy presses hardest. */
    static Stream<String[]> fiveAndEight() {
        return Stream.of(new String[] {"envtax-review", "eco1", "ecology"},
                new String[] {"social-insurance-hrss", "hrss1", "hrss"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fiveAndEight")
    void aRefusalTaxDoesNotAcceptOpensALinkedDisputeWithThePartiesAndDocuments(String duty, String officer,
            String department) {
        String caseNumber = file(duty);

        steps.complete(http, officer, steps.task(caseNumber, ANSWER), Map.of("assistanceAnswer", "REFUSE",
                "refusalReason", "该企业不在本部门的监管名录内，无相关数据。"));
        steps.complete(http, "tax1", steps.task(caseNumber, REFUSAL_REVIEW), Map.of("refusalReview", "DISPUTE",
                "disputeReason", "企业的许可与登记材料表明应有相关数据。"));

        String dispute = jdbc.queryForObject("SELECT linked_dispute FROM assistance_requests WHERE case_number = ?",
                String.class, caseNumber);
        assertThat(dispute).startsWith("ZY-");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(participants.departments(dispute)).contains("tax", department);
        assertThat(participants.parties(dispute)).extracting(p -> p.name()).contains("连云港某某化工有限公司");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_documents WHERE case_number = ?", Integer.class,
                dispute)).as("the request's documents").isEqualTo(catalog.duty(duty).orElseThrow().documents().size());
        assertThat(jdbc.queryForObject("SELECT description FROM disputes WHERE case_number = ?", String.class,
                dispute)).contains(caseNumber, "无相关数据", "应有相关数据");
        assertThat(steps.tasks(dispute, "Task_Negotiate")).as("the dispute starts with tax's negotiation")
                .hasSize(1);
    }

    @Test
    void aRefusalTaxAcceptsClosesTheCase() {
        String caseNumber = fileEnvironmentalTaxReview();

        steps.complete(http, "eco1", steps.task(caseNumber, ANSWER), Map.of("assistanceAnswer", "REFUSE",
                "refusalReason", "非本局职责范围。"));
        steps.complete(http, "tax1", steps.task(caseNumber, REFUSAL_REVIEW), Map.of("refusalReview", "ACCEPT"));

        assertThat(status(caseNumber)).isEqualTo("REFUSAL_ACCEPTED");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void theUrgentPoliceDutyMayNotBeRefused() {
        AssistanceDuty duty = catalog.duty("police-enforcement").orElseThrow();
        String caseNumber = AssistanceScenarios.file(http, "tax1",
                AssistanceScenarios.request(duty.code(), "lyg", duty.documents()));
        Task answer = steps.task(caseNumber, ANSWER);
        assertThat(answer.getDueDate()).as("2 hours").isEqualTo(at("2026-09-21T12:00:00+08:00"));

        ResponseEntity<String> refused = http.withBasicAuth("police1", "demo").postForEntity(
                "/api/tasks/" + answer.getId() + "/complete", Map.of("variables", Map.of("assistanceAnswer", "REFUSE",
                        "refusalReason", "警力不足")), String.class);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("不得不予协助");
        assertThat(steps.task(caseNumber, ANSWER).getId()).isEqualTo(answer.getId());

        WebSession tasklist = WebSession.loggedIn(port, "police1");
        HttpResponse<String> inTasklist = tasklist.json("POST", "/camunda/api/engine/engine/default/task/"
                + answer.getId() + "/submit-form", "{\"variables\": {\"assistanceAnswer\": {\"value\": \"REFUSE\"},"
                + " \"refusalReason\": {\"value\": \"警力不足\"}}}", "X-XSRF-TOKEN", tasklist.webappToken());
        assertThat(inTasklist.statusCode()).as("the same rule in Tasklist: %s", inTasklist.body()).isEqualTo(400);
        assertThat(inTasklist.body()).contains("assistanceAnswer", "不得不予协助");
        assertThat(steps.task(caseNumber, ANSWER).getId()).isEqualTo(answer.getId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fiveAndEight")
    void supplementsAreBoundedToTwoAndEachGivesTheTermAgain(String duty, String officer, String department) {
        String caseNumber = file(duty);
        assertThat(participants.departments(caseNumber)).contains("tax", department);
        boolean review = catalog.duty(duty).orElseThrow().answer() == AssistanceDuty.Answer.REVIEW;
        Map<String, Object> answer = review ? Map.of("assistanceAnswer", "ANSWER", "verdict", "PARTLY",
                "answerText", "部分数据属实。", "figures", "化学需氧量 12.5 吨")
                : Map.of("assistanceAnswer", "ANSWER", "answerText", "已提供参保缴费记录。", "figures", "参保 37 人");
        for (int round = 1; round <= 2; round++) {
            steps.complete(http, officer, steps.task(caseNumber, ANSWER), answer);
            if (round == 2) {
                ClockUtil.setCurrentTime(at("2026-10-09T10:00:00+08:00"));
            }
            steps.complete(http, "tax1", steps.task(caseNumber, REVIEW), Map.of("answerReview", "SUPPLEMENT",
                    "supplementReason", "请补充第" + round + "批材料。"));
        }
        Task again = steps.task(caseNumber, ANSWER);
        assertThat(again.getDueDate()).as("the second supplement, asked on 10-09, gives the term again from then")
                .isAfter(at("2026-10-20T00:00:00+08:00"));
        steps.complete(http, officer, again, answer);

        Task confirmation = steps.task(caseNumber, REVIEW);
        ResponseEntity<String> third = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/tasks/" + confirmation.getId() + "/complete", Map.of("variables", Map.of("answerReview",
                        "SUPPLEMENT", "supplementReason", "再补充一次")), String.class);
        assertThat(third.getStatusCode()).as(third.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(third.getBody()).contains("answerReview", "不能再要求补正");

        steps.complete(http, "tax1", confirmation, Map.of("answerReview", "CONFIRM"));
        assertThat(jdbc.queryForMap("SELECT status, supplements, verdict, figures FROM assistance_requests"
                + " WHERE case_number = ?", caseNumber)).containsEntry("status", "CLOSED")
                .containsEntry("supplements", 2).containsEntry("verdict", review ? "PARTLY" : null)
                .containsEntry("figures", answer.get("figures"));
    }

    @Test
    void aBadRequestNamesEachFieldAndOpensNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM cases", Long.class);
        Map<String, Object> bad = AssistanceScenarios.request("envtax-review", "lyg", List.of("协助函"));
        bad.put("taxpayer", Map.of("name", "", "uscc", "91320700MA1X2Y3K4X"));
        bad.put("request", "");

        ResponseEntity<Map> response = http.withBasicAuth("tax1", "demo").postForEntity("/api/assistance", bad,
                Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(response.getBody().toString()).contains("taxpayer.name", "taxpayer.uscc", "request",
                "缺少必备文书：复核申请表");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cases", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyTaxFilesAndAnUnknownDutyIsNamed() {
        Map<String, Object> request = AssistanceScenarios.request("envtax-review", "lyg", List.of("协助函", "复核申请表"));
        assertThat(http.withBasicAuth("eco1", "demo").postForEntity("/api/assistance", request, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity("/api/assistance", request, String.class)
                .getStatusCode()).as("another jurisdiction's tax bureau").isEqualTo(HttpStatus.FORBIDDEN);

        request.put("duty", "no-such-duty");
        ResponseEntity<String> unknown = http.withBasicAuth("tax1", "demo").postForEntity("/api/assistance", request,
                String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("duty", "no-such-duty");
    }

    @Test
    void aCatalogChangeTakesEffectForNewCasesWithoutARelease() {
        String before = fileEnvironmentalTaxReview();
        TestCatalog catalogFile = TestCatalog.get();
        try {
            catalogFile.write(catalogFile.bundled()
                    .replace("term: { amount: 15, unit: CALENDAR_DAYS }", "term: { amount: 20, unit: CALENDAR_DAYS }")
                    .replace("    duties:\n", "    duties:\n" + NO_CONFIRMATION_DUTY));

            ResponseEntity<List> duties = http.withBasicAuth("tax1", "demo").getForEntity("/api/assistance/duties",
                    List.class);
            assertThat(duties.getBody().toString()).contains("tax-certificate-check", "20日");
            String after = fileEnvironmentalTaxReview();
            assertThat(steps.task(after, ANSWER).getDueDate()).as("20 days from 09-21: 10-11, a Sunday")
                    .isEqualTo(at("2026-10-12T23:59:59+08:00"));
            assertThat(steps.task(before, ANSWER).getDueDate()).as("a running case keeps its term")
                    .isEqualTo(at("2026-10-08T23:59:59+08:00"));
            assertThat(jdbc.queryForObject("SELECT term_amount FROM assistance_requests WHERE case_number = ?",
                    Integer.class, before)).isEqualTo(15);

            String unconfirmed = AssistanceScenarios.file(http, "tax1",
                    AssistanceScenarios.request("tax-certificate-check", "lyg", List.of("协助函")));
            steps.complete(http, "hrss1", steps.task(unconfirmed, ANSWER),
                    Map.of("assistanceAnswer", "ANSWER", "answerText", "已核对，完税凭证真实。"));
            assertThat(steps.tasks(unconfirmed, REVIEW)).as("this duty's answer needs no confirmation").isEmpty();
            assertThat(status(unconfirmed)).isEqualTo("CLOSED");
        } finally {
            catalogFile.restore();
        }
        assertThat(catalog.duty("tax-certificate-check")).as("the bundled catalog is back").isEmpty();
    }

    @Test
    void taxOfficersAreRemindedToConfirmAnAnswerAndToReviewARefusal() {
        String answered = fileEnvironmentalTaxReview();
        steps.complete(http, "eco1", steps.task(answered, ANSWER), Map.of("assistanceAnswer", "ANSWER",
                "verdict", "FALSE", "answerText", "申报数据与监测数据不符。"));
        String refused = fileEnvironmentalTaxReview();
        steps.complete(http, "eco1", steps.task(refused, ANSWER), Map.of("assistanceAnswer", "REFUSE",
                "refusalReason", "非本局职责范围。"));

        for (String[] timer : new String[][] {{answered, "Timer_ReviewReminder"}, {answered, "Timer_ReviewOverdue"},
                {refused, "Timer_RefusalReviewReminder"}, {refused, "Timer_RefusalReviewOverdue"}}) {
            steps.fireTimer(registry.find(timer[0]).orElseThrow().processInstanceId(), timer[1]);
        }

        assertThat(steps.notifications("tax1", answered)).contains("REMINDER", "OVERDUE");
        assertThat(steps.notifications("tax1", refused)).contains("REMINDER", "OVERDUE");
        assertThat(steps.tasks(answered, REVIEW)).as("the officer still confirms").hasSize(1);
    }

    private String fileEnvironmentalTaxReview() {
        return file("envtax-review");
    }

    private String file(String code) {
        AssistanceDuty duty = catalog.duty(code).orElseThrow();
        return AssistanceScenarios.file(http, "tax1", AssistanceScenarios.request(duty.code(), "lyg",
                duty.documents()));
    }

    private String status(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM assistance_requests WHERE case_number = ?", String.class,
                caseNumber);
    }
}

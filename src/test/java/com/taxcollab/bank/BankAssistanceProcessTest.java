package com.taxcollab.bank;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 银行协助 on PostgreSQL (附件3 item 十一): a query answered, a freeze renewed and then released, a
 * freeze released early, a freeze that lapses with its term, a deduction that settles the debt, a
 * partial one that must say why, and a social-insurance transfer; each wait is chased and escalated.
 */
class BankAssistanceProcessTest extends IntegrationTest {

    static final String QUERY = "Task_AnswerQuery";
    static final String FREEZE = "Task_Freeze";
    static final String DEDUCT = "Task_Deduct";
    static final String DECIDE = "Task_DecideRenewal";
    static final String RENEW = "Task_RegisterRenewal";
    static final String RELEASE = "Task_ConfirmRelease";

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

    EngineSteps steps;

    @BeforeEach
    void mondayInNovember() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-11-02T10:00:00+08:00"));
    }

    @Test
    void aQueryIsAnsweredWithTheBanksResultAndChasedWhileItWaits() {
        String caseNumber = file("QUERY", List.of("协助查询存款通知书"));
        String instance = instance(caseNumber);
        assertThat(steps.task(caseNumber, QUERY).getDueDate()).as("three working days")
                .isEqualTo(at("2026-11-05T23:59:59+08:00"));
        assertThat(steps.visibleTaskIds(http, "hzbank1", caseNumber)).as("another district's bank").isEmpty();
        steps.fireTimer(instance, "Timer_QueryReminder");
        steps.fireTimer(instance, "Timer_QueryOverdue");
        assertThat(steps.notifications("bank1", caseNumber)).contains("TASK_CREATED", "REMINDER", "OVERDUE");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");

        steps.complete(http, "bank1", steps.task(caseNumber, QUERY),
                Map.of("queryResult", "开立基本存款账户 1 个，余额 52,300.00 元", "receiptNo", "CX-2026-118"));

        assertThat(status(caseNumber)).isEqualTo("ANSWERED");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(facts("tax1", caseNumber)).contains("已出具查询结果", "余额 52,300.00 元");
    }

    @Test
    void aFreezeIsRenewedForAnotherTermAndThenReleased() {
        String caseNumber = file("FREEZE", List.of("冻结存款通知书", "税收保全措施决定书"));
        String instance = instance(caseNumber);
        steps.fireTimer(instance, "Timer_FreezeOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        steps.complete(http, "bank1", steps.task(caseNumber, FREEZE), Map.of("frozenAmount", 200000,
                "receiptNo", "DJ-2026-031"));
        assertThat(frozenUntil(caseNumber)).as("frozen late, on 11-03: six months, the default term, from then")
                .isEqualTo(Date.valueOf("2027-05-03"));
        assertThat(facts("tax1", caseNumber)).contains("冻结中，至 2027-05-03", "200,000.00 元");

        steps.fireTimer(instance, "Timer_RenewalDue");
        steps.fireTimer(instance, "Timer_RenewalReminder");
        assertThat(steps.notifications("tax1", caseNumber)).contains("REMINDER");
        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "RENEW"));
        steps.fireTimer(instance, "Timer_RenewalRegistrationOverdue");
        steps.complete(http, "bank1", steps.task(caseNumber, RENEW), Map.of("renewalReceiptNo", "XD-2027-007"));
        assertThat(frozenUntil(caseNumber)).as("the new term follows the old one")
                .isEqualTo(Date.valueOf("2027-11-03"));

        steps.fireTimer(instance, "Timer_RenewalDue");
        ResponseEntity<Map> noNotice = decide(caseNumber, Map.of("renewalDecision", "RELEASE"));
        assertThat(noNotice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNotice.getBody().toString()).contains("releaseNoticeNo");
        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "RELEASE",
                "releaseNoticeNo", "连税解冻〔2027〕5号"));
        assertThat(issued(caseNumber)).hasSize(1);
        steps.fireTimer(instance, "Timer_ReleaseOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        steps.complete(http, "bank1", steps.task(caseNumber, RELEASE), Map.of("releaseReceiptNo", "JD-2027-019"));

        assertThat(jdbc.queryForMap("SELECT status, renewals, release_notice_no FROM bank_requests"
                + " WHERE case_number = ?", caseNumber)).containsEntry("status", "RELEASED")
                .containsEntry("renewals", 1).containsEntry("release_notice_no", "连税解冻〔2027〕5号");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void taxReleasesAFreezeBeforeItsTermAndTheBankConfirms() {
        String caseNumber = file("FREEZE", List.of("冻结存款通知书", "税收保全措施决定书"));
        assertThat(release("tax1", caseNumber, "连税解冻〔2026〕9号").getStatusCode()).as("not frozen yet")
                .isEqualTo(HttpStatus.CONFLICT);
        steps.complete(http, "bank1", steps.task(caseNumber, FREEZE), Map.of("frozenAmount", 80000.5,
                "receiptNo", "DJ-2026-032"));
        assertThat(release("hztax1", caseNumber, "x").getStatusCode()).as("another district's tax bureau")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(release("tax1", caseNumber, " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        List<HttpStatus> twice = java.util.stream.Stream.of(1, 2).parallel()
                .map(i -> (HttpStatus) release("tax1", caseNumber, "连税解冻〔2026〕9号").getStatusCode()).toList();
        assertThat(twice).as("the same release twice at once").containsExactlyInAnyOrder(HttpStatus.NO_CONTENT,
                HttpStatus.CONFLICT);
        assertThat(status(caseNumber)).isEqualTo("RELEASING");
        assertThat(issued(caseNumber)).as("the bank is sent the notice")
                .containsExactly("解除冻结存款通知书-" + caseNumber + ".pdf");
        steps.complete(http, "bank1", steps.task(caseNumber, RELEASE), Map.of("releaseReceiptNo", "JD-2026-020"));

        assertThat(status(caseNumber)).isEqualTo("RELEASED");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aFreezeNobodyRenewsEndsWithItsTerm() {
        String caseNumber = file("FREEZE", List.of("冻结存款通知书", "税收保全措施决定书"));
        String instance = instance(caseNumber);
        steps.complete(http, "bank1", steps.task(caseNumber, FREEZE), Map.of("frozenAmount", 200000,
                "receiptNo", "DJ-2026-033"));
        steps.fireTimer(instance, "Timer_RenewalDue");

        steps.fireTimer(instance, "Timer_TermEnds");

        assertThat(status(caseNumber)).isEqualTo("LAPSED");
        assertThat(steps.tasks(caseNumber, DECIDE)).isEmpty();
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aDeductionOfTheWholeAmountSettlesTheDebt() {
        String caseNumber = file("DEDUCT", List.of("扣缴税收款项通知书", "强制执行决定书"));
        String instance = instance(caseNumber);
        steps.fireTimer(instance, "Timer_DeductionOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");

        steps.complete(http, "bank1", steps.task(caseNumber, DEDUCT), Map.of("deductedAmount", 200000,
                "receiptNo", "KH-2026-077"));
        // deducted the day after it was due, when the escalation had been raised

        assertThat(jdbc.queryForMap("SELECT status, deducted_on FROM bank_requests WHERE case_number = ?",
                caseNumber)).containsEntry("status", "DEDUCTED")
                .containsEntry("deducted_on", Date.valueOf("2026-11-03"));
        assertThat(facts("tax1", caseNumber)).contains("已扣划 200,000.00 元，欠缴款项已清缴");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aPartialTransferOfSocialInsuranceMustSayWhyAndLeavesTheRestOwed() {
        String caseNumber = file("SOCIAL_INSURANCE", List.of("划拨社会保险费通知书"));

        ResponseEntity<Map> noReason = completeAs("bank1", caseNumber, DEDUCT, Map.of("deductedAmount", 50000,
                "receiptNo", "HB-2026-003"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("deductionNote");
        ResponseEntity<Map> tooMuch = completeAs("bank1", caseNumber, DEDUCT, Map.of("deductedAmount", 900000,
                "receiptNo", "HB-2026-003"));
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        steps.complete(http, "bank1", steps.task(caseNumber, DEDUCT), Map.of("deductedAmount", 50000,
                "receiptNo", "HB-2026-003", "deductionNote", "账户余额不足，已全额划拨"));

        assertThat(facts("tax1", caseNumber)).contains("已扣划 50,000.00 元，尚欠 150,000.00 元", "账户余额不足");
    }

    @Test
    void aRequestWithoutItsDocumentsOrFromAnotherDepartmentIsRefusedAndOpensNothing() {
        long cases = jdbc.queryForObject("SELECT count(*) FROM bank_requests", Long.class);
        Map<String, Object> missing = request("FREEZE", List.of("冻结存款通知书"));
        missing.remove("accountNo");
        ResponseEntity<Map> refused = http.withBasicAuth("tax1", "demo").postForEntity("/api/bank-assistance",
                missing, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("accountNo", "税收保全措施决定书");
        assertThat(http.withBasicAuth("bank1", "demo").postForEntity("/api/bank-assistance",
                request("QUERY", List.of("协助查询存款通知书")), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bank_requests", Long.class)).isEqualTo(cases);
    }

    private String file(String kind, List<String> documents) {
        ResponseEntity<Map> response = http.withBasicAuth("tax1", "demo").postForEntity("/api/bank-assistance",
                request(kind, documents), Map.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }

    private static Map<String, Object> request(String kind, List<String> documents) {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("kind", kind);
        request.put("taxpayer", Map.of("name", "连云港某某贸易有限公司", "uscc", Identities.uscc()));
        request.put("bankName", "中国工商银行连云港分行");
        request.put("accountNo", "1107020109000012345");
        request.put("amount", 200000);
        request.put("noticeNo", "连税冻〔2026〕" + (int) (Math.random() * 1000) + "号");
        List<Map<String, String>> attachments = new ArrayList<>();
        documents.forEach(d -> attachments.add(Map.of("kind", d, "fileName", d + ".pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf(d)))));
        request.put("attachments", attachments);
        return request;
    }

    private ResponseEntity<Map> decide(String caseNumber, Map<String, Object> values) {
        return completeAs("tax1", caseNumber, DECIDE, values);
    }

    private ResponseEntity<Map> completeAs(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + steps.task(caseNumber, taskKey).getId()
                + "/complete", Map.of("variables", values), Map.class);
    }

    private ResponseEntity<String> release(String user, String caseNumber, String notice) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/bank-assistance/" + caseNumber + "/release",
                Map.of("releaseNoticeNo", notice), String.class);
    }

    private String facts(String user, String caseNumber) {
        return http.withBasicAuth(user, "demo").getForObject("/api/cases/" + caseNumber, String.class);
    }

    private List<String> issued(String caseNumber) {
        return jdbc.queryForList("SELECT file_name FROM case_documents WHERE case_number = ? AND kind = ?",
                String.class, caseNumber, "解除冻结存款通知书");
    }

    private String instance(String caseNumber) {
        return registry.find(caseNumber).orElseThrow().processInstanceId();
    }

    private String status(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM bank_requests WHERE case_number = ?", String.class, caseNumber);
    }

    private Date frozenUntil(String caseNumber) {
        return jdbc.queryForObject("SELECT frozen_until FROM bank_requests WHERE case_number = ?", Date.class,
                caseNumber);
    }
}

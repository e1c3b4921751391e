package com.taxcollab.exitcontrol;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * 阻止出境 on PostgreSQL (税收征收管理法 art. 44): tax asks, immigration registers the control, the
 * check answers yes while it stands; the taxpayer pays (or gives a guarantee), tax records it with the
 * lift notice, immigration lifts the control within its deadline and the check answers no; a control
 * nobody lifts ends with its term.
 */
class ExitControlProcessTest extends IntegrationTest {

    static final String REGISTER = "Task_RegisterControl";
    static final String LIFT = "Task_LiftControl";
    static final String DECIDE = "Task_DecideRenewal";
    static final String RENEW = "Task_RegisterRenewal";

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
    String person;

    @BeforeEach
    void mondayInNovember() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-11-02T10:00:00+08:00"));
        person = Identities.residentId();
    }

    @Test
    void registeredThenPaidThenLiftedWithinItsDeadline() {
        String caseNumber = issue(person);
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        assertThat(check("immig1", person)).as("asked for: immigration already stops the person").isTrue();
        assertThat(steps.task(caseNumber, REGISTER).getDueDate()).isEqualTo(at("2026-11-04T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_RegistrationReminder");
        assertThat(steps.notifications("immig1", caseNumber)).contains("TASK_CREATED", "REMINDER");

        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0451"));
        assertThat(jdbc.queryForMap("SELECT status, controlled_until FROM exit_controls WHERE case_number = ?",
                caseNumber)).containsEntry("status", "CONTROLLED")
                .as("registered on 11-03, after the reminder: a year from then")
                .containsEntry("controlled_until", java.sql.Date.valueOf("2027-11-03"));
        assertThat(check("immig1", person)).isTrue();

        ClockUtil.setCurrentTime(at("2026-11-20T15:00:00+08:00"));
        ResponseEntity<String> settled = settle(caseNumber, "PAID", "连税解边〔2026〕12号");
        assertThat(settled.getStatusCode()).as(settled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(liftNotices(caseNumber)).as("immigration is sent the notice").isEqualTo(1);
        assertThat(steps.task(caseNumber, LIFT).getDueDate()).as("lifted by the end of the next working day")
                .isEqualTo(at("2026-11-23T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_LiftReminder");
        steps.fireTimer(instance, "Timer_LiftOverdue");
        assertThat(steps.notifications("immig1", caseNumber)).contains("OVERDUE");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        steps.complete(http, "immig1", steps.task(caseNumber, LIFT), Map.of("liftRegistrationNo", "JC2026-0099"));

        assertThat(check("immig1", person)).as("lifted").isFalse();
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(jdbc.queryForObject("SELECT status FROM exit_controls WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("LIFTED");
    }

    @Test
    void aGuaranteeLiftsTheControlToo() {
        String caseNumber = issue(person);
        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0452"));

        List<HttpStatus> twice = java.util.stream.Stream.of(1, 2).parallel()
                .map(i -> (HttpStatus) settle(caseNumber, "GUARANTEE", "连税解边〔2026〕14号").getStatusCode()).toList();
        assertThat(twice).as("the same settlement twice at once").containsExactlyInAnyOrder(HttpStatus.NO_CONTENT,
                HttpStatus.CONFLICT);
        steps.complete(http, "immig1", steps.task(caseNumber, LIFT), Map.of("liftRegistrationNo", "JC2026-0100"));

        assertThat(jdbc.queryForMap("SELECT status, settlement_kind, lift_notice_no FROM exit_controls"
                + " WHERE case_number = ?", caseNumber)).containsEntry("status", "LIFTED")
                .containsEntry("settlement_kind", "GUARANTEE").containsEntry("lift_notice_no", "连税解边〔2026〕14号");
        assertThat(check("immig1", person)).isFalse();
    }

    @Test
    void aControlNobodyLiftsEndsWithItsTerm() {
        String caseNumber = issue(person);
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        steps.fireTimer(instance, "Timer_RegistrationOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0453"));

        assertThat(jdbc.queryForObject("SELECT controlled_until FROM exit_controls WHERE case_number = ?",
                java.sql.Date.class, caseNumber)).as("registered late, on 11-04: its term runs from then")
                .isEqualTo(java.sql.Date.valueOf("2027-11-04"));
        steps.fireTimer(instance, "Timer_RenewalDue");
        assertThat(steps.task(caseNumber, DECIDE).getDueDate()).as("tax decides by the term's end")
                .isEqualTo(at("2027-11-04T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_TermEnds");

        assertThat(check("immig1", person)).isFalse();
        assertThat(jdbc.queryForObject("SELECT status FROM exit_controls WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("LAPSED");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aControlIsRenewedForAnotherTermAndThenTaxDecidesToLiftIt() {
        String caseNumber = issue(person);
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0455"));
        steps.fireTimer(instance, "Timer_RenewalDue");
        steps.fireTimer(instance, "Timer_RenewalReminder");
        assertThat(steps.notifications("tax1", caseNumber)).contains("REMINDER");

        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "RENEW"));
        assertThat(settle(caseNumber, "PAID", "连税解边〔2027〕3号").getStatusCode())
                .as("while immigration registers the renewal").isEqualTo(HttpStatus.CONFLICT);
        steps.fireTimer(instance, "Timer_RenewalRegistrationOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");
        steps.complete(http, "immig1", steps.task(caseNumber, RENEW), Map.of("renewalRegistrationNo", "XK2027-0012"));
        assertThat(jdbc.queryForMap("SELECT controlled_until, renewals FROM exit_controls WHERE case_number = ?",
                caseNumber)).as("a year more, from the old term's end")
                .containsEntry("controlled_until", java.sql.Date.valueOf("2028-11-02")).containsEntry("renewals", 1);
        assertThat(check("immig1", person)).isTrue();

        steps.fireTimer(instance, "Timer_RenewalDue");
        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "LIFT",
                "liftNoticeNo", "连税解边〔2028〕1号"));
        assertThat(liftNotices(caseNumber)).isEqualTo(1);
        steps.complete(http, "immig1", steps.task(caseNumber, LIFT), Map.of("liftRegistrationNo", "JC2028-0001"));

        assertThat(check("immig1", person)).isFalse();
        assertThat(jdbc.queryForMap("SELECT status, lift_notice_no FROM exit_controls WHERE case_number = ?",
                caseNumber)).containsEntry("status", "LIFTED").containsEntry("lift_notice_no", "连税解边〔2028〕1号");
    }

    @Test
    void aSettlementWhileTheRenewalIsBeingDecidedLiftsTheControl() {
        String caseNumber = issue(person);
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0456"));
        steps.fireTimer(instance, "Timer_RenewalDue");

        assertThat(settle(caseNumber, "GUARANTEE", "连税解边〔2027〕4号").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(steps.tasks(caseNumber, DECIDE)).isEmpty();
        steps.complete(http, "immig1", steps.task(caseNumber, LIFT), Map.of("liftRegistrationNo", "JC2027-0002"));
        assertThat(check("immig1", person)).isFalse();
    }

    @Test
    void aTaxpayerStoppedInPersonHasNoCompanyEvenWhenTheFormSendsAnEmptyOne() {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("person", Map.of("name", "李四", "idNumber", person));
        request.put("role", "TAXPAYER");
        request.put("company", Map.of());
        request.put("unpaidAmount", 52000);
        request.put("noticeNo", "连税边〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号");
        request.put("attachments", List.of(Map.of("kind", "边控对象通知书", "fileName", "边控对象通知书.pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf("边控对象通知书")))));

        ResponseEntity<Map> response = http.withBasicAuth("tax1", "demo").postForEntity("/api/exit-controls",
                request, Map.class);

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForMap("SELECT company_name, company_uscc FROM exit_controls WHERE case_number = ?",
                response.getBody().get("caseNumber"))).containsEntry("company_name", null)
                .containsEntry("company_uscc", null);
    }

    @Test
    void theCheckIsForImmigrationAndTaxWithAPurposeAndEveryQuestionIsAudited() {
        issue(person);
        long audited = jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE action = 'EXIT_CONTROL_CHECK'",
                Long.class);

        assertThat(http.withBasicAuth("registry1", "demo").getForEntity("/api/exit-controls/check?idNumber="
                + person + "&purpose=登记核验", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noPurpose = http.withBasicAuth("immig1", "demo").getForEntity(
                "/api/exit-controls/check?idNumber=" + person, String.class);
        assertThat(noPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPurpose.getBody()).contains("purpose");
        ResponseEntity<String> answer = http.withBasicAuth("immig1", "demo").getForEntity(
                "/api/exit-controls/check?idNumber=" + person + "&purpose=出境核验", String.class);
        assertThat(answer.getBody()).isEqualTo("{\"controlled\":true}").as("nothing but the answer");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE action = 'EXIT_CONTROL_CHECK'",
                Long.class)).isEqualTo(audited + 2);
        assertThat(jdbc.queryForObject("SELECT detail FROM case_audit WHERE action = 'EXIT_CONTROL_CHECK'"
                + " ORDER BY id DESC LIMIT 1", String.class)).contains("出境核验", "在控").doesNotContain(person);
    }

    @Test
    void aSettlementBeforeRegistrationOrWithoutItsNoticeIsRefusedAndChangesNothing() {
        String caseNumber = issue(person);
        assertThat(settle(caseNumber, "PAID", "连税解边〔2026〕13号").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        steps.complete(http, "immig1", steps.task(caseNumber, REGISTER), Map.of("registrationNo", "BK2026-0454"));
        ResponseEntity<String> noNotice = settle(caseNumber, "PAID", "");
        assertThat(noNotice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNotice.getBody()).contains("liftNoticeNo");
        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity("/api/exit-controls/" + caseNumber
                + "/settlement", Map.of("kind", "PAID", "liftNoticeNo", "x"), String.class).getStatusCode())
                .as("another jurisdiction's tax bureau").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(steps.tasks(caseNumber, LIFT)).isEmpty();
        assertThat(check("immig1", person)).isTrue();
    }

    private long liftNotices(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM case_documents WHERE case_number = ? AND kind = ?",
                Long.class, caseNumber, "解除边控对象通知书");
    }

    private ResponseEntity<String> settle(String caseNumber, String kind, String liftNoticeNo) {
        return http.withBasicAuth("tax1", "demo").postForEntity("/api/exit-controls/" + caseNumber + "/settlement",
                Map.of("kind", kind, "note", "已缴清", "liftNoticeNo", liftNoticeNo), String.class);
    }

    private boolean check(String user, String idNumber) {
        ResponseEntity<Map> answer = http.withBasicAuth(user, "demo").getForEntity(
                "/api/exit-controls/check?idNumber=" + idNumber + "&purpose=出境核验", Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (Boolean) answer.getBody().get("controlled");
    }

    private String issue(String idNumber) {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("person", Map.of("name", "张三", "idNumber", idNumber));
        request.put("role", "LEGAL_REPRESENTATIVE");
        request.put("company", Map.of("name", "连云港某某贸易有限公司", "uscc", "91320700MA1X2Y3K4H"));
        request.put("unpaidAmount", 386000);
        request.put("noticeNo", "连税边〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号");
        request.put("attachments", List.of(Map.of("kind", "边控对象通知书", "fileName", "边控对象通知书.pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf("边控对象通知书")))));
        ResponseEntity<Map> response = http.withBasicAuth("tax1", "demo").postForEntity("/api/exit-controls",
                request, Map.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }
}

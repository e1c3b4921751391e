package com.taxcollab.seizure;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seizure APIs: who may issue, check and release; validation; the Tasklist start form; release while queued. */
class SeizureApiTest extends IntegrationTest {

    static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n协助执行通知书\n%%EOF".getBytes(StandardCharsets.UTF_8));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    SeizureRepository seizures;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CaseParticipants participants;

    EngineSteps steps;
    String certificateNo;

    @BeforeEach
    void newProperty() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        certificateNo = "苏（2026）海州区不动产权第" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    @Test
    void taxIssuesASeizureWithItsNoticeAndTheTaxpayerIsAPartyOfTheCase() {
        Map<String, Object> request = valid("lyg");
        request.put("taxpayerIdNumber", "11010519491231002x");
        request.put("attachments", List.of(Map.of("fileName", "协助执行通知书.pdf", "content", PDF)));

        ResponseEntity<Map> issued = post("tax1", request);

        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) issued.getBody().get("caseNumber");
        assertThat(caseNumber).startsWith("CF-");
        assertThat(documents.list(caseNumber)).singleElement()
                .satisfies(document -> assertThat(document.kind()).isEqualTo("协助执行通知书"));
        assertThat(participants.parties(caseNumber)).singleElement().satisfies(party -> {
            assertThat(party.kind()).isEqualTo(CaseParty.Kind.TAXPAYER);
            assertThat(party.idNumber()).isEqualTo("11010519491231002X");
        });
        ResponseEntity<Map> read = http.withBasicAuth("registry1", "demo").getForEntity("/api/seizures/" + caseNumber,
                Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("status")).isEqualTo("REQUESTED");
        assertThat(read.getBody().get("legalBasis")).isEqualTo("TAX_PRESERVATION");
    }

    @Test
    void issuingTheSameNoticeOnTheSamePropertyAgainReturnsTheOpenCase() {
        ResponseEntity<Map> first = post("tax1", valid("lyg"));
        long cases = countCases();

        ResponseEntity<Map> again = post("tax1", valid("lyg"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
        assertThat(countCases()).isEqualTo(cases);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long cases = countCases();
        Map<String, Object> request = valid("lyg");
        request.put("taxpayerIdNumber", "91350100M000100Y44");
        request.put("area", 0);
        request.put("legalBasis", "查封");
        request.put("termMonths", 37);
        request.put("certificateNo", "");
        request.remove("assistanceNoticeNo");

        ResponseEntity<Map> refused = post("tax1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(refused)).containsExactlyInAnyOrder("taxpayerIdNumber", "area", "legalBasis", "termMonths",
                "certificateNo", "assistanceNoticeNo");
        assertThat(countCases()).isEqualTo(cases);
    }

    @Test
    void onlyTaxOfficersOfTheJurisdictionIssueSeizures() {
        long cases = countCases();

        assertThat(post("registry1", valid("lyg")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("hztax1", valid("lyg")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(countCases()).isEqualTo(cases);
    }

    @Test
    void anOfficerOfAnotherJurisdictionSeesNothingOfACitySeizureButTheBlock() {
        String caseNumber = (String) post("tax1", valid("lyg")).getBody().get("caseNumber");

        assertThat(http.withBasicAuth("hztax1", "demo").getForEntity("/api/seizures/" + caseNumber, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(steps.visibleTaskIds(http, "hzregistry1", caseNumber)).isEmpty();
        assertThat(steps.visibleTaskIds(http, "registry1", caseNumber)).hasSize(1);
        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "x"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> check = http.withBasicAuth("hzregistry1", "demo").getForEntity(
                "/api/seizures/check?certificateNo={no}", String.class, certificateNo);
        assertThat(check.getBody()).doesNotContain("连云港某某置业有限公司", "91350100M000100Y43", caseNumber);
    }

    @Test
    void theCheckIsForTheRegistryAndTaxOnlyAndNeedsACertificateNumber() {
        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/api/seizures/check?certificateNo=1",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> missing = http.withBasicAuth("registry1", "demo").getForEntity("/api/seizures/check",
                Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(missing)).containsExactly("certificateNo");
        assertThat(http.getForEntity("/api/seizures/check?certificateNo=1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void releaseNeedsAReasonAndASealToRelease() {
        String caseNumber = (String) post("tax1", valid("lyg")).getBody().get("caseNumber");

        ResponseEntity<Map> noReason = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/seizures/" + caseNumber + "/release", Map.of(), Map.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.withBasicAuth("registry1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(steps.tasks(caseNumber, "Task_RegisterSeizure")).hasSize(1);
    }

    @Test
    void taxWithdrawsAQueuedSeizureAndTheRegistryLiftsIt() {
        String caseNumber = (String) post("tax1", valid("lyg")).getBody().get("caseNumber");
        steps.complete(http, "registry1", steps.task(caseNumber, "Task_RegisterSeizure"), Map.of(
                "registrationOutcome", "REJECTED", "rejectionReason", "ALREADY_SEALED", "earlierAuthority", "海州区法院"));

        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "税款已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        var lift = steps.task(caseNumber, "Task_LiftSeizure");
        steps.complete(http, "registry1", lift, Map.of("releaseRegistrationNo", "连解轮字0001号"));
        steps.runJob(lift.getProcessInstanceId(), "Task_RecordRelease");

        assertThat(seizures.find(caseNumber).orElseThrow().status()).isEqualTo(SeizureStatus.RELEASED);
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(seizures.history(caseNumber)).containsExactly("REQUESTED", "QUEUED", "RELEASING", "RELEASED");
    }

    @Test
    void theRegistryReportsThatACourtsEarlierSealIsLiftedAndTheQueuedSeizureTakesEffect() {
        String caseNumber = (String) post("tax1", valid("lyg")).getBody().get("caseNumber");
        String url = "/api/seizures/" + caseNumber + "/earlier-seal-lifted";
        assertThat(http.withBasicAuth("registry1", "demo").postForEntity(url, null, String.class).getStatusCode())
                .as("not queued yet").isEqualTo(HttpStatus.CONFLICT);
        steps.complete(http, "registry1", steps.task(caseNumber, "Task_RegisterSeizure"), Map.of(
                "registrationOutcome", "REJECTED", "rejectionReason", "ALREADY_SEALED", "earlierAuthority", "连云港市中级人民法院"));

        assertThat(http.withBasicAuth("tax1", "demo").postForEntity(url, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("registry1", "demo").postForEntity(url, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        assertThat(seizures.find(caseNumber).orElseThrow().status()).isEqualTo(SeizureStatus.SEALED);
        assertThat(jdbc.queryForObject("SELECT actor FROM seizure_history WHERE case_number = ? AND status = 'SEALED'",
                String.class, caseNumber)).isEqualTo("registry1");
    }

    @Test
    void taxMayAskForReleaseWhileItIsAskedToRenew() {
        String caseNumber = (String) post("tax1", valid("lyg")).getBody().get("caseNumber");
        steps.complete(http, "registry1", steps.task(caseNumber, "Task_RegisterSeizure"), Map.of(
                "registrationOutcome", "REGISTERED", "registrationNo", "连查登字0100号"));
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        steps.fireTimer(instance, "Timer_RenewalDue");
        assertThat(steps.tasks(caseNumber, "Task_DecideRenewal")).hasSize(1);

        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "税款已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(steps.tasks(caseNumber, "Task_DecideRenewal")).isEmpty();
        assertThat(steps.tasks(caseNumber, "Task_LiftSeizure")).hasSize(1);
        assertThat(seizures.find(caseNumber).orElseThrow().status()).isEqualTo(SeizureStatus.RELEASING);
    }

    @Test
    void onlyTheTaxBureauOfTheJurisdictionIssuesSeizures() {
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);

        ResponseEntity<Map> byTheRegistry = post("hzregistry1", valid("haizhou"));
        ResponseEntity<Map> byAnotherJurisdiction = post("tax1", valid("haizhou"));

        assertThat(byTheRegistry.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byTheRegistry.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byAnotherJurisdiction.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class)).isEqualTo(cases);
    }

    private ResponseEntity<Map> post(String user, Map<String, Object> request) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/seizures", request, Map.class);
    }

    private Map<String, Object> valid(String jurisdiction) {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", jurisdiction);
        request.put("taxpayerName", "连云港某某置业有限公司");
        request.put("taxpayerIdNumber", "91350100M000100Y43");
        request.put("certificateNo", certificateNo);
        request.put("location", "连云港市海州区朝阳东路 1 号");
        request.put("area", 128.5);
        request.put("legalBasis", "TAX_PRESERVATION");
        request.put("taxDecisionNo", "连税保〔2026〕3号");
        request.put("assistanceNoticeNo", "连税协执〔2026〕12号");
        request.put("termMonths", 36);
        return request;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map> problem) {
        return ((List<Map<String, String>>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private long countCases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);
    }
}

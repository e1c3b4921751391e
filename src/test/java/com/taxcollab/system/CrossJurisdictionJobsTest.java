package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.taxcollab.seizure.SeizureRequests;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.EngineSteps.Json;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The asynchronous steps that cross jurisdictions, run by the engine's real job executor (other
 * tests execute jobs in the test thread): a district's referral opens the city's case and the city's
 * decision comes back; a release in one jurisdiction wakes a seizure queued in another.
 */
class CrossJurisdictionJobsTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    EngineSteps steps;
    JobExecutor jobExecutor;

    @BeforeEach
    void startTheJobExecutor() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        // the engine clock before every timer other tests left: the executor takes only what is due now
        ClockUtil.setCurrentTime(EngineSteps.at("2026-01-05T10:00:00+08:00"));
        jobExecutor = engineConfiguration.getJobExecutor();
        jobExecutor.start();
    }

    @AfterEach
    void stopTheJobExecutor() {
        jobExecutor.shutdown();
    }

    @Test
    void aDistrictReferralOpensTheCitysCaseAndTheCitysDecisionComesBack() {
        String district = (String) created(http.withBasicAuth("hzcourt1", "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", "haizhou", "departments", List.of("court", "tax"), "matter", "市级职责争议",
                        "description", "涉及市市场监管局。"), Map.class)).get("caseNumber");
        steps.complete(http, "hztax1", steps.task(district, "Task_Negotiate"), Map.of("negotiationOutcome", "NOT_AGREED"));
        steps.complete(http, "hzgov1", steps.task(district, "Task_GovernmentDecision"), Map.of("referToCity", true,
                "cityDepartments", new Json("[\"market\"]"), "referralReason", "涉及市市场监管局职责。"));

        String city = await().atMost(PATIENCE).until(() -> jdbc.queryForList(
                "SELECT referred_to FROM disputes WHERE case_number = ? AND referred_to IS NOT NULL", String.class,
                district).stream().findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(jdbc.queryForObject("SELECT jurisdiction FROM cases WHERE case_number = ?", String.class, city))
                .isEqualTo("lyg");
        await().atMost(PATIENCE).until(() -> !steps.visibleTaskIds(http, "gov1", city).isEmpty());

        steps.complete(http, "gov1", steps.task(city, "Task_GovernmentDecision"),
                Map.of("decisionText", "由市市场监管局牵头处理。"));

        await().atMost(PATIENCE).until(() -> steps.tasks(district, "Task_AcknowledgeDecision").size() == 2);
        assertThat(jdbc.queryForObject("SELECT decision_text FROM disputes WHERE case_number = ?", String.class,
                district)).isEqualTo("由市市场监管局牵头处理。");
        assertThat(incidents(district, city)).as("no step ended as an incident").isZero();
    }

    @Test
    void aReleaseInOneJurisdictionWakesASeizureQueuedInAnother() {
        String certificateNo = "苏（2026）连云港市不动产权第" + UUID.randomUUID().toString().substring(0, 8) + "号";
        String haizhou = issue("hztax1", "haizhou", certificateNo);
        steps.complete(http, "hzregistry1", steps.task(haizhou, "Task_RegisterSeizure"), Map.of(
                "registrationOutcome", "REGISTERED", "registrationNo", "海查登字0001号", "registrationDate", "2026-01-05"));
        String lyg = issue("tax1", "lyg", certificateNo);
        steps.complete(http, "registry1", steps.task(lyg, "Task_RegisterSeizure"), Map.of(
                "registrationOutcome", "REJECTED", "rejectionReason", "ALREADY_SEALED",
                "earlierAuthority", "国家税务总局连云港市海州区税务局", "registrationNo", "连轮查字0001号"));
        assertThat(status(lyg)).isEqualTo("QUEUED");

        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity("/api/seizures/" + haizhou + "/release",
                Map.of("reason", "税款已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        steps.complete(http, "hzregistry1", steps.task(haizhou, "Task_LiftSeizure"),
                Map.of("releaseRegistrationNo", "海解字0001号"));

        await().atMost(PATIENCE).until(() -> "SEALED".equals(status(lyg)));
        assertThat(status(haizhou)).isEqualTo("RELEASED");
        assertThat(incidents(haizhou, lyg)).as("no step ended as an incident").isZero();
    }

    private String issue(String officer, String jurisdiction, String certificateNo) {
        return (String) created(http.withBasicAuth(officer, "demo").postForEntity("/api/seizures",
                SeizureRequests.of(jurisdiction, certificateNo), Map.class)).get("caseNumber");
    }

    private long incidents(String... caseNumbers) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_incident WHERE proc_inst_id_ IN"
                + " (SELECT process_instance_id FROM cases WHERE case_number IN (?, ?))", Long.class,
                (Object[]) caseNumbers);
    }

    private String status(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM seizures WHERE case_number = ?", String.class, caseNumber);
    }

    private static Map<?, ?> created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }
}

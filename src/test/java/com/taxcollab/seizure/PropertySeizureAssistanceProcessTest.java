package com.taxcollab.seizure;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.system.ChinaTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** Every path of the seizure process on PostgreSQL, worked by tax and the registry through the REST APIs. */
class PropertySeizureAssistanceProcessTest extends IntegrationTest {

    static final String REGISTER = "Task_RegisterSeizure";
    static final String DECIDE = "Task_DecideRenewal";
    static final String REGISTER_RENEWAL = "Task_RegisterRenewal";
    static final String LIFT = "Task_LiftSeizure";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SeizureRepository seizures;
    @Autowired
    CaseRegistry registry;

    @Autowired
    ProcessEngine processEngine;

    EngineSteps steps;
    String certificateNo;
    /** each seizure of a test has its own notice; the same notice on the same property is a resubmission */
    int notice = 12;

    @BeforeEach
    void wednesdayBeforeMidAutumn() {
        AbstractAssertions.init(processEngine);
        steps = new EngineSteps(taskService, managementService, jdbc);
        certificateNo = "苏（2026）连云港市不动产权第" + UUID.randomUUID().toString().substring(0, 8) + "号";
        ClockUtil.setCurrentTime(at("2026-09-23T10:00:00+08:00"));
    }

    @Test
    void registryRegistersTheSeizureAndTheCheckAnswersSealed() {
        String caseNumber = issue(36);
        Task registration = steps.task(caseNumber, REGISTER);
        String instance = registration.getProcessInstanceId();
        // two working days across Mid-Autumn (25–27 September)
        assertThat(registration.getDueDate()).isEqualTo(at("2026-09-28T23:59:59+08:00"));
        assertThat(steps.visibleTaskIds(http, "registry1", caseNumber)).contains(registration.getId());

        assertThat(steps.dueDate(instance, "Timer_RegistrationReminder")).isEqualTo(at("2026-09-24T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_RegistrationReminder");
        assertThat(steps.notifications("registry1", caseNumber)).contains("REMINDER");
        steps.fireTimer(instance, "Timer_RegistrationOverdue");
        assertThat(steps.notifications("super1", caseNumber)).contains("OVERDUE");

        steps.complete(http, "registry1", steps.task(caseNumber, REGISTER), Map.of("registrationOutcome", "REGISTERED",
                "registrationNo", "连查登字2026第0001号", "registrationDate", "2026-09-28"));

        Seizure sealed = seizures.find(caseNumber).orElseThrow();
        assertThat(sealed.status()).isEqualTo(SeizureStatus.SEALED);
        assertThat(sealed.sealedFrom()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(sealed.sealedUntil()).isEqualTo(LocalDate.of(2029, 9, 27));
        assertThat(steps.dueDate(instance, "Timer_RenewalDue")).isEqualTo(at("2029-08-28T09:00:00+08:00"));
        Map<?, ?> check = check("registry1", certificateNo).getBody();
        assertThat(check.get("sealed")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) check.get("seizures")).singleElement().satisfies(entry -> {
            assertThat(entry.get("authority")).isEqualTo("国家税务总局连云港市税务局");
            assertThat(entry.get("documentNumber")).isEqualTo("连税协执〔2026〕12号");
            assertThat(entry.get("until")).isEqualTo("2029-09-27");
            assertThat(entry).doesNotContainKeys("taxpayerName", "taxpayerIdNumber");
        });
        assertThat(check("hzregistry1", certificateNo).getBody().get("sealed")).isEqualTo(true);
        assertThat(check("registry1", certificateNo + "X").getBody().get("sealed")).isEqualTo(false);
    }

    @Test
    void registryRejectsAPropertyItCannotFindAndTheCaseCloses() {
        String caseNumber = issue(24);

        steps.complete(http, "registry1", steps.task(caseNumber, REGISTER), Map.of("registrationOutcome", "REJECTED",
                "rejectionReason", "PROPERTY_NOT_FOUND", "rejectionNote", "证书号不存在"));

        Seizure rejected = seizures.find(caseNumber).orElseThrow();
        assertThat(rejected.status()).isEqualTo(SeizureStatus.REJECTED);
        assertThat(rejected.rejectionNote()).isEqualTo("证书号不存在");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(steps.notifications("tax1", caseNumber)).contains("CASE_CLOSED");
        assertThat(check("registry1", certificateNo).getBody().get("sealed")).isEqualTo(false);
    }

    @Test
    void aSeizureOfAnAlreadySealedPropertyIsQueuedAndTakesEffectWhenTheEarlierSealIsReleased() {
        String first = issueAndRegister(36);
        String queued = issue(24);
        steps.complete(http, "registry1", steps.task(queued, REGISTER), Map.of("registrationOutcome", "REJECTED",
                "rejectionReason", "ALREADY_SEALED", "earlierAuthority", "连云港市中级人民法院",
                "registrationNo", "连轮查字2026第0007号"));
        assertThat(seizures.find(queued).orElseThrow().status()).isEqualTo(SeizureStatus.QUEUED);
        assertThat(statuses(check("registry1", certificateNo).getBody())).containsExactly("SEALED", "QUEUED");

        release(first);

        Seizure activated = seizures.find(queued).orElseThrow();
        assertThat(activated.status()).isEqualTo(SeizureStatus.SEALED);
        assertThat(activated.sealedFrom()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(activated.sealedUntil()).isEqualTo(LocalDate.of(2028, 9, 22));
        assertThat(activated.registrationNo()).isEqualTo("连轮查字2026第0007号");
        assertThat(seizures.find(first).orElseThrow().status()).isEqualTo(SeizureStatus.RELEASED);
        assertThat(statuses(check("registry1", certificateNo).getBody())).containsExactly("SEALED");
        assertThat(steps.hasJob(instanceOf(queued), "Timer_RenewalDue")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void taxReleasesASealAtAnyTimeAndTheRegistryLiftsItWithinTwoWorkingDays() {
        String caseNumber = issueAndRegister(36);

        ResponseEntity<String> asked = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/seizures/" + caseNumber + "/release", Map.of("reason", "税款已缴清"), String.class);

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(seizures.find(caseNumber).orElseThrow().status()).isEqualTo(SeizureStatus.RELEASING);
        assertThat(check("registry1", certificateNo).getBody().get("sealed")).isEqualTo(true);
        List<Map<String, Object>> documents = (List<Map<String, Object>>) http.withBasicAuth("registry1", "demo")
                .getForObject("/api/cases/" + caseNumber, Map.class).get("documents");
        assertThat(documents).extracting(d -> d.get("kind")).as("the registry receives the notice in the case file")
                .contains("解除查封通知书");
        Task lift = steps.task(caseNumber, LIFT);
        String instance = lift.getProcessInstanceId();
        // asked on Wednesday 23 September: Thursday, then Monday after Mid-Autumn
        assertThat(lift.getDueDate()).isEqualTo(at("2026-09-28T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_ReleaseReminder");
        assertThat(steps.notifications("registry1", caseNumber)).contains("REMINDER");
        steps.fireTimer(instance, "Timer_ReleaseOverdue");
        assertThat(steps.notifications("super1", caseNumber)).contains("OVERDUE");

        steps.complete(http, "registry1", steps.task(caseNumber, LIFT), Map.of("releaseRegistrationNo", "连解字0001号"));
        steps.runJob(instance, "Task_RecordRelease");

        Seizure released = seizures.find(caseNumber).orElseThrow();
        assertThat(released.status()).isEqualTo(SeizureStatus.RELEASED);
        assertThat(released.releaseReason()).isEqualTo("税款已缴清");
        assertThat(released.releaseRegistrationNo()).isEqualTo("连解字0001号");
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(check("registry1", certificateNo).getBody().get("sealed")).isEqualTo(false);
    }

    @Test
    void thirtyDaysBeforeTheTermEndsTaxRenewsAndTheRegistryReRegistersANewTerm() {
        ClockUtil.setCurrentTime(at("2025-09-29T10:00:00+08:00"));
        String caseNumber = issueAndRegister(12);
        String instance = instanceOf(caseNumber);
        assertThat(seizures.find(caseNumber).orElseThrow().sealedUntil()).isEqualTo(LocalDate.of(2026, 9, 28));

        assertThat(steps.dueDate(instance, "Timer_RenewalDue")).isEqualTo(at("2026-08-29T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_RenewalDue");
        Task decision = steps.task(caseNumber, DECIDE);
        assertThat(decision.getDueDate()).isEqualTo(at("2026-09-28T23:59:59+08:00"));
        // five working days before Monday 28 September: back over Mid-Autumn to the make-up Sunday 20 September
        assertThat(steps.dueDate(instance, "Timer_RenewalReminder")).isEqualTo(at("2026-09-20T09:00:00+08:00"));
        steps.fireTimer(instance, "Timer_RenewalReminder");
        assertThat(steps.notifications("tax1", caseNumber)).contains("REMINDER");

        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "RENEW",
                "renewalMonths", 12));
        steps.fireTimer(instance, "Timer_RenewalRegistrationReminder");
        assertThat(steps.notifications("registry1", caseNumber)).contains("REMINDER");
        steps.fireTimer(instance, "Timer_RenewalRegistrationOverdue");
        assertThat(steps.notifications("super1", caseNumber)).contains("OVERDUE");
        steps.complete(http, "registry1", steps.task(caseNumber, REGISTER_RENEWAL),
                Map.of("renewalRegistrationNo", "连续查字2026第0003号"));

        Seizure renewed = seizures.find(caseNumber).orElseThrow();
        assertThat(renewed.status()).isEqualTo(SeizureStatus.SEALED);
        assertThat(renewed.renewals()).isEqualTo(1);
        assertThat(renewed.sealedFrom()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(renewed.sealedUntil()).isEqualTo(LocalDate.of(2027, 9, 28));
        assertThat(renewed.registrationNo()).isEqualTo("连续查字2026第0003号");
        assertThat(steps.dueDate(instance, "Timer_RenewalDue")).isEqualTo(at("2027-08-29T09:00:00+08:00"));
    }

    @Test
    void aSealNobodyRenewsLapsesAtTheEndOfItsTermAndTheQueuedSeizureTakesEffect() {
        ClockUtil.setCurrentTime(at("2025-09-29T10:00:00+08:00"));
        String caseNumber = issueAndRegister(12);
        String queued = issue(12);
        steps.complete(http, "registry1", steps.task(queued, REGISTER), Map.of("registrationOutcome", "REJECTED",
                "rejectionReason", "ALREADY_SEALED"));
        String instance = instanceOf(caseNumber);
        ProcessInstance processInstance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance).singleResult();
        steps.fireTimer(instance, "Timer_RenewalDue");
        ClockUtil.setCurrentTime(at("2026-09-29T08:00:00+08:00"));
        assertThat(check("registry1", certificateNo).getBody().get("sealed"))
                .as("the term has ended even before the process records it").isEqualTo(false);

        steps.fireTimer(instance, "Timer_TermEnds");

        BpmnAwareTests.assertThat(processInstance).isEnded().hasPassed("Task_RecordLapse", "EndEvent_Lapsed")
                .hasNotPassed("Task_LiftSeizure");
        Seizure lapsed = seizures.find(caseNumber).orElseThrow();
        assertThat(lapsed.status()).isEqualTo(SeizureStatus.LAPSED);
        assertThat(lapsed.endedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(steps.tasks(caseNumber, DECIDE)).isEmpty();
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(seizures.find(queued).orElseThrow().status()).isEqualTo(SeizureStatus.SEALED);
        assertThat(statuses(check("registry1", certificateNo).getBody())).containsExactly("SEALED");
    }

    @Test
    void taxAskedToRenewMayReleaseInstead() {
        ClockUtil.setCurrentTime(at("2025-09-29T10:00:00+08:00"));
        String caseNumber = issueAndRegister(12);
        String instance = instanceOf(caseNumber);
        steps.fireTimer(instance, "Timer_RenewalDue");

        steps.complete(http, "tax1", steps.task(caseNumber, DECIDE), Map.of("renewalDecision", "RELEASE",
                "releaseReason", "已执行完毕"));
        steps.complete(http, "registry1", steps.task(caseNumber, LIFT), Map.of("releaseRegistrationNo", "连解字0002号"));
        steps.runJob(instance, "Task_RecordRelease");

        assertThat(seizures.find(caseNumber).orElseThrow().status()).isEqualTo(SeizureStatus.RELEASED);
        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    private void release(String caseNumber) {
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "税款已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Task lift = steps.task(caseNumber, LIFT);
        steps.complete(http, "registry1", lift, Map.of("releaseRegistrationNo", "连解字0009号"));
        steps.runJob(lift.getProcessInstanceId(), "Task_RecordRelease");
    }

    private String issueAndRegister(int months) {
        String caseNumber = issue(months);
        String today = ClockUtil.getCurrentTime().toInstant().atZone(ChinaTime.ZONE).toLocalDate().toString();
        steps.complete(http, "registry1", steps.task(caseNumber, REGISTER), Map.of("registrationOutcome", "REGISTERED",
                "registrationNo", "连查登字" + caseNumber, "registrationDate", today));
        return caseNumber;
    }

    private String issue(int months) {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("taxpayerName", "连云港某某置业有限公司");
        request.put("taxpayerIdNumber", "91350100M000100Y43");
        request.put("certificateNo", certificateNo);
        request.put("location", "连云港市海州区朝阳东路 1 号");
        request.put("area", 128.5);
        request.put("legalBasis", "TAX_PRESERVATION");
        request.put("taxDecisionNo", "连税保〔2026〕3号");
        request.put("assistanceNoticeNo", "连税协执〔2026〕" + notice++ + "号");
        request.put("termMonths", months);
        ResponseEntity<Map> issued = http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures", request, Map.class);
        assertThat(issued.getStatusCode()).as("%s", issued.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) issued.getBody().get("caseNumber");
    }

    private String instanceOf(String caseNumber) {
        return registry.find(caseNumber).orElseThrow().processInstanceId();
    }

    private ResponseEntity<Map> check(String user, String certificate) {
        ResponseEntity<Map> response = http.withBasicAuth(user, "demo").getForEntity(
                "/api/seizures/check?certificateNo={no}", Map.class, certificate);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    @SuppressWarnings("unchecked")
    private static List<String> statuses(Map<?, ?> check) {
        return ((List<Map<String, Object>>) check.get("seizures")).stream().map(e -> (String) e.get("status")).toList();
    }
}

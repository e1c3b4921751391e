package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product is the boundary (policy §6): tried as a hostile insider would, through {@code /api},
 * {@code /engine-rest} and the webapps' REST with a real session, no officer forges, reaches or
 * disables another department's case. Every refusal is a 403/404 problem+json, and the rows of
 * our case tables and of the engine's runtime are the same afterwards.
 */
class ProductBoundaryTest extends IntegrationTest {

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    private static final String EVIL = "https://evil.example";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @LocalServerPort
    int port;

    EngineSteps steps;
    String lygDispute;
    String haizhouDispute;

    @BeforeEach
    void twoDisputes() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        lygDispute = fileDispute("court1", "lyg");
        haizhouDispute = fileDispute("hzcourt1", "haizhou");
    }

    @Test
    void engineRestAnswersOnlyTheSystemAdministratorWhileOfficersAskTheProduct() {
        ResponseEntity<String> officer = http.withBasicAuth("tax1", "demo").getForEntity("/engine-rest/task", String.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(officer.getBody()).contains("引擎接口仅供系统管理员");
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> me = http.withBasicAuth("tax1", "demo").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<String>) me.getBody().get("departments")).contains("tax");
        assertThat((List<String>) me.getBody().get("jurisdictions")).containsExactly("lyg");
    }

    @Test
    void aForgedBusinessKeyStartsNothingThroughAnySurfaceNotEvenForTheAdministrator() {
        Map<String, Long> before = state();
        String forged = """
                {"businessKey": "%s", "variables": {
                  "departments": {"value": "[\\"tax\\",\\"realestate\\"]", "type": "Json"},
                  "initiator": {"value": "super1"}, "jurisdiction": {"value": "haizhou"}}}""".formatted(haizhouDispute);

        assertProblem(post("tax1", "/engine-rest/process-definition/key/DisputeEscalationProcess/start", forged),
                HttpStatus.FORBIDDEN);
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        String token = tax1.webappToken();
        for (String operation : List.of("start", "submit-form")) {
            assertProblem(tax1.json("POST", WEBAPP_ENGINE + "/process-definition/key/DisputeEscalationProcess/"
                    + operation, forged, "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> byAdmin = post("admin", "/engine-rest/process-definition/key/DisputeEscalationProcess/start",
                forged);
        assertThat(byAdmin.getStatusCode()).as("the engine itself refuses an instance no case was opened for: %s",
                byAdmin.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        String skippingListeners = """
                {"businessKey": "%s", "skipCustomListeners": true,
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_Negotiate"}],
                 "variables": {"jurisdiction": {"value": "haizhou"}}}""".formatted(haizhouDispute);
        assertThat(post("admin", "/engine-rest/process-definition/key/DisputeEscalationProcess/start",
                skippingListeners).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(state()).isEqualTo(before);
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/" + haizhouDispute, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(haizhouDispute).count())
                .isEqualTo(1);
    }

    @Test
    void noDepartmentStartsWhatItMayNotAndTasklistOffersOfficersNothingToStart() {
        Map<String, Long> before = state();

        assertProblem(http.withBasicAuth("tax1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "越权", "jurisdiction", "lyg", "items", List.of()), String.class), HttpStatus.FORBIDDEN);
        assertProblem(post("tax1", "/engine-rest/process-definition/key/CourtAuctionTaxGuidanceProcess/start",
                "{\"variables\": {\"intakeChannel\": {\"value\": \"api\"}}}"), HttpStatus.FORBIDDEN);
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        String token = tax1.webappToken();
        assertProblem(tax1.json("POST", WEBAPP_ENGINE + "/process-definition/key/RectificationTrackingProcess/submit-form",
                "{\"variables\": {}}", "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);
        HttpResponse<String> startable = tax1.get(WEBAPP_ENGINE + "/process-definition?latest=true&active=true"
                + "&startableInTasklist=true&startablePermissionCheck=true");
        assertThat(startable.statusCode()).isEqualTo(200);
        assertThat(startable.body()).isEqualTo("[]");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aJobRefusedThreeTimesKeepsItsRetriesAndRaisesNoIncident() {
        Job reminder = steps.job(instanceOf(lygDispute), "Timer_NegotiationReminder");
        Map<String, Long> before = state();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertProblem(post("hztax1", "/engine-rest/job/" + reminder.getId() + "/execute", "{}"), HttpStatus.FORBIDDEN);
        }
        WebSession hztax1 = WebSession.loggedIn(port, "hztax1");
        String token = hztax1.webappToken();
        assertProblem(hztax1.json("POST", WEBAPP_ENGINE + "/job/" + reminder.getId() + "/execute", "{}",
                "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);
        assertProblem(hztax1.json("PUT", WEBAPP_ENGINE + "/job/" + reminder.getId() + "/retries", "{\"retries\": 0}",
                "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);
        assertProblem(hztax1.json("PUT", WEBAPP_ENGINE + "/job/" + reminder.getId() + "/suspended",
                "{\"suspended\": true}", "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);

        Job after = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(reminder.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceOf(lygDispute)).count()).isZero();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void sessionWritesNeedTheirTokenAndOurOwnOriginOnEveryPath() {
        Task negotiation = steps.task(lygDispute, "Task_Negotiate");
        String claim = WEBAPP_ENGINE + "/task/" + negotiation.getId() + "/claim";
        String claimBody = "{\"userId\": \"tax1\"}";
        String apiClaim = "/api/tasks/" + negotiation.getId() + "/claim";

        // the webapps end a session whose write came without its token
        assertThat(WebSession.loggedIn(port, "tax1").json("POST", claim, claimBody).statusCode()).as("no XSRF token")
                .isEqualTo(403);
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        String webappToken = tax1.webappToken();
        String pageToken = tax1.pageToken();
        assertProblem(tax1.json("POST", claim, claimBody, "X-XSRF-TOKEN", webappToken, "Origin", EVIL),
                HttpStatus.FORBIDDEN);
        assertProblem(tax1.json("POST", apiClaim, "{}", "X-CSRF-TOKEN", pageToken, "Origin", EVIL), HttpStatus.FORBIDDEN);
        assertProblem(tax1.json("POST", apiClaim, "{}", "Sec-Fetch-Site", "cross-site", "X-CSRF-TOKEN", pageToken),
                HttpStatus.FORBIDDEN);
        HttpHeaders foreign = new HttpHeaders();
        foreign.set("Origin", EVIL);
        assertProblem(http.withBasicAuth("tax1", "demo").exchange(apiClaim, HttpMethod.POST, new HttpEntity<>(foreign),
                String.class), HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(negotiation.getId()).singleResult().getAssignee()).isNull();

        HttpResponse<String> ownPage = tax1.json("POST", apiClaim, "{}", "X-CSRF-TOKEN", pageToken, "Origin",
                tax1.origin());
        assertThat(ownPage.statusCode()).as("the same claim from our own page: %s", ownPage.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(negotiation.getId()).singleResult().getAssignee())
                .isEqualTo("tax1");
        assertProblem(WebSession.loggedIn(port, "tax1").json("POST", "/api/tasks/" + negotiation.getId() + "/unclaim",
                "{}"), HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(negotiation.getId()).singleResult().getAssignee())
                .as("a session write without our token").isEqualTo("tax1");
    }

    @Test
    void anAdministratorsSessionCannotBeMadeToDeployFromAnotherSite() {
        long deployments = repositoryDeployments();
        WebSession admin = WebSession.loggedIn(port, "admin");
        String boundary = "----taxcollab";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evil.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(admin.postMultipart("/engine-rest/deployment/create", boundary, body), HttpStatus.FORBIDDEN);
        assertProblem(admin.postMultipart("/engine-rest/deployment/create", boundary, body,
                "X-CSRF-TOKEN", admin.pageToken(), "Origin", EVIL), HttpStatus.FORBIDDEN);
        assertThat(admin.postMultipart(WEBAPP_ENGINE + "/deployment/create", boundary, body, "Origin", EVIL)
                .statusCode()).isEqualTo(403);

        assertThat(repositoryDeployments()).isEqualTo(deployments);
    }

    @Test
    void officersCanNeitherTestNorChangeAnotherUsersPassword() {
        assertProblem(post("tax1", "/engine-rest/identity/verify", "{\"username\": \"court1\", \"password\": \"demo\"}"),
                HttpStatus.FORBIDDEN);
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        String token = tax1.webappToken();
        assertProblem(tax1.json("POST", WEBAPP_ENGINE + "/identity/verify",
                "{\"username\": \"court1\", \"password\": \"demo\"}", "X-XSRF-TOKEN", token), HttpStatus.FORBIDDEN);
        assertProblem(tax1.json("PUT", WEBAPP_ENGINE + "/user/court1/credentials",
                "{\"password\": \"x1234567\", \"authenticatedUserPassword\": \"demo\"}", "X-XSRF-TOKEN", token),
                HttpStatus.FORBIDDEN);

        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherJurisdictionsTaskIsNotFoundOnEverySurfaceLikeOneThatDoesNotExist() {
        Task lygTask = steps.task(lygDispute, "Task_Negotiate");
        Map<String, Long> before = state();
        String complete = "{\"variables\": {\"negotiationOutcome\": {\"value\": \"AGREED\"},"
                + " \"agreementText\": {\"value\": \"海州写入\"}}}";

        ResponseEntity<Map> read = http.withBasicAuth("hztax1", "demo").getForEntity("/api/tasks/" + lygTask.getId(),
                Map.class);
        ResponseEntity<Map> missing = http.withBasicAuth("hztax1", "demo").getForEntity("/api/tasks/no-such-task",
                Map.class);
        assertProblem(read, HttpStatus.NOT_FOUND);
        assertThat(read.getBody().get("title")).isEqualTo(missing.getBody().get("title"));
        assertProblem(post("hztax1", "/api/tasks/" + lygTask.getId() + "/complete", "{\"variables\": {}}"),
                HttpStatus.NOT_FOUND);
        assertProblem(post("registry1", "/api/tasks/" + lygTask.getId() + "/claim", "{}"), HttpStatus.NOT_FOUND);
        WebSession hztax1 = WebSession.loggedIn(port, "hztax1");
        String token = hztax1.webappToken();
        for (String operation : List.of("complete", "submit-form")) {
            assertProblem(hztax1.json("POST", WEBAPP_ENGINE + "/task/" + lygTask.getId() + "/" + operation, complete,
                    "X-XSRF-TOKEN", token), HttpStatus.NOT_FOUND);
        }
        assertProblem(hztax1.json("POST", WEBAPP_ENGINE + "/task/" + lygTask.getId() + "/claim",
                "{\"userId\": \"hztax1\"}", "X-XSRF-TOKEN", token), HttpStatus.NOT_FOUND);
        for (String part : List.of("", "/variables", "/form-variables", "/deployed-form", "/identity-links")) {
            assertProblem(hztax1.get(WEBAPP_ENGINE + "/task/" + lygTask.getId() + part), HttpStatus.NOT_FOUND);
        }

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void completingATaskWritesOnlyWhatItsFormOffersWhicheverSurfaceItComesThrough() {
        Task negotiation = steps.task(lygDispute, "Task_Negotiate");
        Map<String, Long> before = state();

        ResponseEntity<Map> forged = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/tasks/" + negotiation.getId() + "/complete", Map.of("variables", Map.of(
                        "negotiationOutcome", "AGREED", "agreementText", "同意", "caseNumber", haizhouDispute,
                        "jurisdiction", "haizhou")), Map.class);
        assertProblem(forged, HttpStatus.BAD_REQUEST);
        assertThat(fields(forged.getBody())).containsExactlyInAnyOrder("caseNumber", "jurisdiction");
        ResponseEntity<Map> offList = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/tasks/" + negotiation.getId() + "/complete",
                Map.of("variables", Map.of("negotiationOutcome", "MAYBE")), Map.class);
        assertThat(fields(offList.getBody())).containsExactly("negotiationOutcome");
        ResponseEntity<Map> empty = http.withBasicAuth("tax1", "demo").postForEntity(
                "/api/tasks/" + negotiation.getId() + "/complete", Map.of("variables", Map.of()), Map.class);
        assertThat(fields(empty.getBody())).containsExactly("negotiationOutcome");
        assertThat(empty.getBody().get("detail").toString()).contains("协商结果：必须填写");
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        HttpResponse<String> webapp = tax1.json("POST", WEBAPP_ENGINE + "/task/" + negotiation.getId() + "/submit-form",
                "{\"variables\": {\"negotiationOutcome\": {\"value\": \"AGREED\"}, \"initiator\": {\"value\": \"tax1\"}}}",
                "X-XSRF-TOKEN", tax1.webappToken());
        assertThat(webapp.statusCode()).isEqualTo(400);
        assertThat(webapp.body()).contains("\"field\":\"initiator\"");
        assertThat(state()).isEqualTo(before);

        HttpResponse<String> valid = tax1.json("POST", WEBAPP_ENGINE + "/task/" + negotiation.getId() + "/submit-form",
                "{\"variables\": {\"negotiationOutcome\": {\"value\": \"AGREED\"},"
                        + " \"agreementText\": {\"value\": \"按评估价计税\"}}}", "X-XSRF-TOKEN", tax1.webappToken());
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);
        assertThat(steps.tasks(lygDispute, "Task_ConfirmAgreement")).isNotEmpty();
        assertThat(runtimeService.getVariable(instanceOf(lygDispute), "caseNumber")).isEqualTo(lygDispute);
    }

    @Test
    void overseersReadNoRawEngineDataAndWriteNothingOutsideTheirOwnTasks() {
        Task negotiation = steps.task(lygDispute, "Task_Negotiate");
        Map<String, Long> before = state();

        assertProblem(http.withBasicAuth("lead1", "demo").getForEntity("/engine-rest/variable-instance", String.class),
                HttpStatus.FORBIDDEN);
        for (String user : List.of("lead1", "super1")) {
            WebSession overseer = WebSession.loggedIn(port, user);
            for (String read : List.of("/variable-instance", "/process-instance", "/history/variable-instance",
                    "/history/process-instance", "/execution")) {
                assertThat(overseer.get(WEBAPP_ENGINE + read).statusCode()).as("%s reads %s", user, read).isEqualTo(403);
            }
            assertThat(overseer.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                    .statusCode()).isEqualTo(403);
            assertThat(overseer.get(WEBAPP_ENGINE + "/task?processInstanceBusinessKey=" + lygDispute).body())
                    .as("no engine task of another department").isEqualTo("[]");
            assertProblem(overseer.json("POST", WEBAPP_ENGINE + "/task/" + negotiation.getId() + "/comment/create",
                    "{\"message\": \"督办意见\"}", "X-XSRF-TOKEN", overseer.webappToken()), HttpStatus.FORBIDDEN);
        }

        assertThat(state()).isEqualTo(before);
    }

    private String fileDispute(String user, String jurisdiction) {
        ResponseEntity<Map> filed = http.withBasicAuth(user, "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", jurisdiction, "departments", List.of("court", "realestate"),
                "matter", "司法拍卖不动产过户", "description", "过户前完税证明的出具部门有分歧。"), Map.class);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("caseNumber");
    }

    private ResponseEntity<String> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    private String instanceOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private long repositoryDeployments() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_re_deployment", Long.class);
    }

    /** Row counts of our case tables and the engine's runtime, and the retries left on all jobs. */
    private Map<String, Long> state() {
        Map<String, Long> state = new LinkedHashMap<>();
        for (String table : List.of("cases", "case_departments", "case_parties", "case_documents", "disputes",
                "dispute_departments", "dispute_confirmations", "seizures", "court_cases", "rectification_items",
                "rectification_evidence", "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_identitylink",
                "act_ru_incident", "act_ru_job", "act_hi_comment", "act_hi_attachment", "act_re_deployment")) {
            state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        state.put("job retries", jdbc.queryForObject("SELECT COALESCE(SUM(retries_), 0) FROM act_ru_job", Long.class));
        state.put("assigned tasks", jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE assignee_ IS NOT NULL",
                Long.class));
        return state;
    }

    private static void assertProblem(ResponseEntity<?> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static void assertProblem(HttpResponse<String> response, HttpStatus status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status.value());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, String>>) problem.get("errors")).stream().map(e -> e.get("field")).toList();
    }
}

package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.seizure.SeizureRequests;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every input gets a clear answer: odd or malformed input is a 400 naming the field, in Chinese,
 * as problem+json, and writes nothing; repeated and concurrent submissions have one effect.
 */
class InputBoundaryTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @LocalServerPort
    int port;

    @Test
    void aNulCharacterOrAnUnpairedSurrogateAnywhereIsRefusedNamingTheField() {
        long cases = count("cases");

        assertInvalid(postJson("tax1", "/api/disputes", dispute().replace("过户前", "过户\\u0000前")), "description");
        assertInvalid(postJson("tax1", "/api/disputes", dispute().replace("过户前", "过户\\ud800前")), "description");
        assertInvalid(postJson("tax1", "/api/disputes",
                "{\"jurisdiction\": \"lyg\", \"departments\": [\"court\", \"re\\u0000\"], \"matter\": \"事项\"}"),
                "departments[1]");
        assertInvalid(get("tax1", "/api/cases?q=%00"), "q");
        assertInvalid(get("registry1", "/api/seizures/check?certificateNo=%00"), "certificateNo");

        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void jsonIsTakenAsSentNeverGuessedAt() {
        long cases = count("cases");

        assertInvalid(postJson("tax1", "/api/disputes", dispute() + " garbage"), "body");
        assertInvalid(postJson("tax1", "/api/disputes", dispute().replace("\"matter\": \"司法拍卖不动产过户\"",
                "\"matter\": 123")), "matter");
        assertInvalid(postJson("tax1", "/api/disputes", dispute().replace("{", "{\"matter\": \"一\", ")), "matter");
        assertInvalid(postJson("court1", "/api/court/cases", "{\"type\": \"AUCTION_TAX_GUIDANCE\","
                + " \"property\": {\"appraisalPrice\": 1e300}}"), "property.appraisalPrice");
        assertInvalid(get("tax1", "/api/cases?page=2147483647"), "page");
        assertInvalid(postJson("secadmin", "/api/court/api-keys", "{\"userId\": \"hzcourt1\", \"label\": 123}"),
                "label");

        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void oddValuesOfParticularFieldsAreNamedToo() {
        long cases = count("cases");
        Map<String, Object> seizure = new HashMap<>();
        seizure.put("jurisdiction", "lyg");
        seizure.put("attachments", java.util.Arrays.asList((Object) null));
        assertInvalid(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures", seizure, Map.class),
                "attachments[0]");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertInvalid(http.withBasicAuth("admin", "demo").exchange("/api/calendar/years/\uFF12\uFF10\uFF12\uFF17",
                HttpMethod.PUT, new HttpEntity<>("{\"days\":[]}", json), Map.class), "year");
        HttpHeaders noBoundary = new HttpHeaders();
        noBoundary.set("Content-Type", "multipart/form-data");
        assertInvalid(http.withBasicAuth("super1", "demo").exchange("/api/rectifications/upload", HttpMethod.POST,
                new HttpEntity<>("--x\r\n", noBoundary), Map.class), "file");
        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void springsOwnRefusalsAreProblemsInChinese() {
        ResponseEntity<Map> method = http.withBasicAuth("tax1", "demo").exchange("/api/disputes", HttpMethod.DELETE,
                null, Map.class);
        assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(method.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(method.getBody().get("title")).isEqualTo("不支持的请求方法");

        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<Map> type = http.withBasicAuth("tax1", "demo").exchange("/api/disputes", HttpMethod.POST,
                new HttpEntity<>("争议", text), Map.class);
        assertThat(type.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(type.getBody().get("title")).isEqualTo("不支持的内容类型");

        ResponseEntity<Map> nowhere = http.withBasicAuth("tax1", "demo").getForEntity("/api/nowhere", Map.class);
        assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nowhere.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(nowhere.getBody().get("title")).isEqualTo("未找到");
    }

    @Test
    void aWrongAddressShowsAChinesePageWithAWayBack() {
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        HttpResponse<String> page = tax1.html("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到", "返回首页").doesNotContain("Whitelabel");
    }

    @Test
    void twentyConcurrentCompletionsOfOneTaskCompleteItOnceAndTellTheOthersSo() throws Exception {
        String caseNumber = (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "并发办理",
                        "description", "同一任务同时提交"), Map.class).getBody().get("caseNumber");
        Task negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");
        Map<String, Object> completion = Map.of("variables", Map.of("negotiationOutcome", "NOT_AGREED"));

        List<ResponseEntity<String>> answers = concurrently(20, () -> http.withBasicAuth("tax1", "demo")
                .postForEntity("/api/tasks/" + negotiation.getId() + "/complete", completion, String.class));

        List<HttpStatusCode> statuses = answers.stream().map(ResponseEntity::getStatusCode).toList();
        assertThat(statuses).as("answers %s", answers).filteredOn(HttpStatus.NO_CONTENT::equals).hasSize(1);
        assertThat(statuses).as("answers %s", answers).filteredOn(HttpStatus.CONFLICT::equals).hasSize(19);
    }

    @Test
    void tenConcurrentTasklistSubmissionsOfOneTaskCompleteItOnceAndTellTheOthersSo() throws Exception {
        String caseNumber = (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "并发提交",
                        "description", "Tasklist 同时提交"), Map.class).getBody().get("caseNumber");
        Task negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");
        WebSession tax1 = WebSession.loggedIn(port, "tax1");
        String token = tax1.webappToken();
        String submit = "/camunda/api/engine/engine/default/task/" + negotiation.getId() + "/submit-form";

        List<Integer> answers = concurrently(10, () -> tax1.json("POST", submit,
                "{\"variables\": {\"negotiationOutcome\": {\"value\": \"NOT_AGREED\"}}}", "X-XSRF-TOKEN", token)
                .statusCode());

        assertThat(answers).as("answers %s", answers).filteredOn(status -> status == 204).hasSize(1);
        assertThat(answers).as("answers %s", answers).filteredOn(status -> status == 409).hasSize(9);
    }

    @Test
    void twentyIdenticalSeizuresAtOnceOpenOneCase() throws Exception {
        Map<String, Object> seizure = SeizureRequests.valid("lyg");

        List<ResponseEntity<Map>> answers = concurrently(20, () -> http.withBasicAuth("tax1", "demo")
                .postForEntity("/api/seizures", seizure, Map.class));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(answers).extracting(ResponseEntity::getStatusCode).filteredOn(HttpStatus.OK::equals).hasSize(19);
        assertThat(answers).extracting(answer -> answer.getBody().get("caseNumber")).containsOnly(
                answers.get(0).getBody().get("caseNumber"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seizures WHERE certificate_no = ?", Long.class,
                seizure.get("certificateNo"))).isEqualTo(1);
    }

    @Test
    void aRefusedOpeningUsesNoCaseNumber() {
        String first = fileDispute();
        assertInvalid(postJson("tax1", "/api/disputes", dispute().replace("\"court\", \"realestate\"",
                "\"court\", \"nosuchdepartment\"")), "departments[1]");
        ResponseEntity<Map> refusedLater = http.withBasicAuth("tax1", "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "附件有误",
                        "description", "附件不是文书", "attachments", List.of(Map.of("fileName", "a.pdf",
                                "content", "bm90IGEgcGRm"))), Map.class);
        assertThat(refusedLater.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String second = fileDispute();

        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    }

    private String fileDispute() {
        ResponseEntity<Map> filed = postJson("tax1", "/api/disputes", dispute());
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("caseNumber");
    }

    private static long sequence(String caseNumber) {
        return Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private static <T> List<T> concurrently(int times, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static String dispute() {
        return "{\"jurisdiction\": \"lyg\", \"departments\": [\"court\", \"realestate\"],"
                + " \"matter\": \"司法拍卖不动产过户\", \"description\": \"过户前完税证明的出具部门有分歧。\"}";
    }

    private ResponseEntity<Map> postJson(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(java.net.URI.create(path), Map.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @SuppressWarnings("unchecked")
    private static void assertInvalid(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((List<Map<String, String>>) response.getBody().get("errors"))).extracting(e -> e.get("field"))
                .contains(field);
    }
}

package com.taxcollab.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/disputes} and {@code GET /api/disputes/{caseNumber}}: validation, jurisdiction, Tasklist start. */
class DisputeApiTest extends IntegrationTest {

    static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4\n争议材料\n%%EOF".getBytes(StandardCharsets.UTF_8));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseDocuments documents;
    @Autowired
    DisputeRepository disputes;
    @Autowired
    TaskService taskService;

    @Test
    void fileADisputeWithItsDocumentsAndReadItBack() {
        Map<String, Object> request = valid();
        request.put("attachments", List.of(Map.of("kind", "情况说明", "fileName", "说明.pdf", "content", PDF)));

        ResponseEntity<Map> filed = post("court1", request);

        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) filed.getBody().get("caseNumber");
        assertThat(filed.getHeaders().getLocation()).hasPath("/api/disputes/" + caseNumber);
        assertThat(documents.list(caseNumber)).singleElement()
                .satisfies(document -> assertThat(document.kind()).isEqualTo("情况说明"));
        ResponseEntity<Map> read = http.withBasicAuth("registry1", "demo").getForEntity("/api/disputes/" + caseNumber,
                Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("departments")).isEqualTo(List.of("court", "realestate"));
        assertThat(read.getBody().get("outcomeLabel")).isEqualTo("协商中");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long cases = countCases();
        Map<String, Object> request = valid();
        request.put("departments", List.of("court", "nosuchdepartment"));
        request.put("matter", " ");
        request.put("attachments", List.of(Map.of("fileName", "a.pdf", "content", "***")));

        ResponseEntity<Map> refused = post("court1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(refused)).containsExactlyInAnyOrder("departments[1]", "matter", "attachments[0].content");
        assertThat(countCases()).isEqualTo(cases);
    }

    @Test
    void aDisputeNeedsTwoDifferentDepartmentsAndAKnownJurisdiction() {
        Map<String, Object> request = valid();
        request.put("departments", List.of("court", "court"));
        request.put("jurisdiction", "nanjing");

        ResponseEntity<Map> refused = post("court1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactlyInAnyOrder("departments", "jurisdiction");
    }

    @Test
    void anAttachmentThatIsNotADocumentLeavesNoCaseBehind() {
        long cases = countCases();
        Map<String, Object> request = valid();
        request.put("attachments", List.of(Map.of("fileName", "说明.pdf",
                "content", Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.UTF_8)))));

        ResponseEntity<Map> refused = post("court1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("attachments[0].file");
        assertThat(countCases()).isEqualTo(cases);
    }

    @Test
    void anOfficerOfAnotherJurisdictionCanNeitherFileNorSeeACityDispute() {
        long cases = countCases();
        ResponseEntity<Map> refused = post("hztax1", valid());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(countCases()).isEqualTo(cases);

        String caseNumber = (String) post("court1", valid()).getBody().get("caseNumber");

        assertThat(http.withBasicAuth("hztax1", "demo").getForEntity("/api/disputes/" + caseNumber, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        EngineSteps steps = new EngineSteps(taskService, null, jdbc);
        assertThat(steps.visibleTaskIds(http, "hztax1", caseNumber)).isEmpty();
        assertThat(steps.visibleTaskIds(http, "tax1", caseNumber)).hasSize(1);
    }

    @Test
    void statisticsCountDisputesEscalationsAndResolutionsOfTheJurisdiction() {
        Map<String, Object> request = valid();
        request.put("jurisdiction", "ganyu");
        String negotiated = (String) post("super1", request).getBody().get("caseNumber");
        String escalated = (String) post("super1", request).getBody().get("caseNumber");
        complete(negotiated, "Task_Negotiate", Map.of("negotiationOutcome", "AGREED", "agreementText", "意见"));
        complete(negotiated, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));
        complete(negotiated, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));
        complete(escalated, "Task_Negotiate", Map.of("negotiationOutcome", "NOT_AGREED"));

        ResponseEntity<Map> statistics = http.withBasicAuth("super1", "demo")
                .getForEntity("/api/disputes/statistics?jurisdiction=ganyu", Map.class);

        assertThat(statistics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statistics.getBody()).containsEntry("total", 2).containsEntry("open", 1)
                .containsEntry("resolvedByNegotiation", 1).containsEntry("resolvedByGovernment", 0)
                .containsEntry("escalatedToGovernment", 1).containsEntry("referredToCity", 0);
        assertThat(http.withBasicAuth("hztax1", "demo").getForEntity("/api/disputes/statistics?jurisdiction=ganyu",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey).list().get(0).getId(), variables);
    }

    private ResponseEntity<Map> post(String user, Map<String, Object> request) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/disputes", request, Map.class);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", "lyg");
        request.put("departments", List.of("court", "realestate"));
        request.put("matter", "司法拍卖不动产过户");
        request.put("description", "过户前完税证明的出具部门有分歧。");
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

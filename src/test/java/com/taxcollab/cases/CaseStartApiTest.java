package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/cases}: one door for every case type a department may open, with the type's own
 * checks; a court case from its start form's fields; every refusal a 4xx naming the field, nothing written.
 */
class CaseStartApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> auctionForm(String courtCaseNumber) {
        Map<String, Object> form = new HashMap<>(Map.ofEntries(Map.entry("courtName", "连云港市中级人民法院"),
                Map.entry("courtCaseNumber", courtCaseNumber), Map.entry("propertyKind", "住宅"),
                Map.entry("propertyLocation", "海州区通灌北路88号3幢1202室"),
                Map.entry("certificateNo", "苏(2020)连云港市不动产权第0098765号"), Map.entry("propertyArea", 118.6),
                Map.entry("appraisalPrice", 1500000), Map.entry("reservePrice", 1050000),
                Map.entry("ownerKind", "INDIVIDUAL"), Map.entry("ownerName", "赵六"),
                Map.entry("ownerIdNumber", "320706198001011236"), Map.entry("auctionPlatform", "人民法院诉讼资产网"),
                Map.entry("plannedDate", "2027-01-20")));
        return form;
    }

    @Test
    void aCourtOpensAnAuctionCaseFromItsStartFormFieldsOnce() {
        Map<String, Object> request = Map.of("type", "PM", "jurisdiction", "lyg",
                "variables", auctionForm("（2026）苏07执恢901号"));

        ResponseEntity<Map> opened = post("court1", request);
        ResponseEntity<Map> again = post("court1", request);

        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) opened.getBody().get("caseNumber");
        assertThat(caseNumber).startsWith("PM-");
        assertThat(opened.getBody()).containsEntry("casePage", "/cases/" + caseNumber)
                .containsEntry("typeLabel", "司法拍卖税费指引");
        assertThat(opened.getHeaders().getLocation()).hasToString("/cases/" + caseNumber);
        assertThat(again.getStatusCode()).as("the same court case again").isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("caseNumber", caseNumber);
        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/tasks?view=todo&q=赵六", String.class))
                .as("tax finds it by the title").contains(caseNumber, "审核并出具税费指引");
    }

    @Test
    void aDisputeOpensThroughTheSameDoorWithTheDisputesOwnChecks() {
        ResponseEntity<Map> opened = post("registry1", Map.of("type", "ZY", "jurisdiction", "lyg", "variables", Map.of(
                "departments", List.of("realestate", "market"), "matter", "统一入口争议", "description", "经 /api/cases 立案")));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) opened.getBody().get("caseNumber")).startsWith("ZY-");

        ResponseEntity<Map> wrongKind = post("registry1", Map.of("type", "ZY", "jurisdiction", "lyg", "variables", Map.of(
                "departments", List.of("realestate", "market"), "matter", 12, "description", "数字不是文字")));
        assertThat(wrongKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongKind.getBody().toString()).contains("field=variables.matter");
    }

    @Test
    void everyRefusalNamesWhatIsWrongAndWritesNothing() {
        long cases = jdbc.queryForObject("SELECT count(*) FROM cases", Long.class);

        assertRefused(post("court1", Map.of("type", "XX", "jurisdiction", "lyg", "variables", Map.of())),
                HttpStatus.BAD_REQUEST, "field=type");
        assertRefused(post("registry1", Map.of("type", "CF", "jurisdiction", "lyg", "variables", Map.of())),
                HttpStatus.FORBIDDEN, "不能发起");
        assertRefused(post("market1", Map.of("type", "XS", "jurisdiction", "lyg", "variables", Map.of())),
                HttpStatus.BAD_REQUEST, "field=type");
        Map<String, Object> badForm = auctionForm("123号");
        badForm.put("ownerIdNumber", "320706198001011230");
        assertRefused(post("court1", Map.of("type", "PM", "jurisdiction", "lyg", "variables", badForm)),
                HttpStatus.BAD_REQUEST, "field=variables.courtCaseNumber", "field=variables.ownerIdNumber");
        Map<String, Object> unknownField = auctionForm("（2026）苏07执恢902号");
        unknownField.put("caseNumber", "PM-2026-999999");
        assertRefused(post("court1", Map.of("type", "PM", "jurisdiction", "lyg", "variables", unknownField)),
                HttpStatus.BAD_REQUEST, "field=variables.caseNumber");
        assertRefused(post("court1", Map.of("type", "PM", "jurisdiction", "haizhou",
                "variables", auctionForm("（2026）苏07执恢903号"))), HttpStatus.BAD_REQUEST, "jurisdiction");
        assertRefused(post("court1", Map.of("type", "PM", "jurisdiction", "lyg", "variables", List.of())),
                HttpStatus.BAD_REQUEST, "field=variables");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM cases", Long.class)).isEqualTo(cases);
    }

    private static void assertRefused(ResponseEntity<Map> answer, HttpStatus status, String... mentions) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answer.getBody().toString()).contains(mentions);
    }

    private ResponseEntity<Map> post(String user, Map<String, ?> body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/cases", body, Map.class);
    }
}

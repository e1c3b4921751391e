package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Court clerks start both processes from Tasklist's start forms (engine-rest submit-form, as Tasklist does). */
class CourtTasklistStartTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkStartsAnAuctionCaseFromTheStartFormAndItIsACourtCaseLikeAnyOther() {
        Map<String, Object> form = auctionForm();

        ResponseEntity<JsonNode> started = submit("court1", "CourtAuctionTaxGuidanceProcess", form);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseNumber = started.getBody().get("businessKey").asText();
        assertThat(caseNumber).matches("PM-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForObject("SELECT channel FROM court_cases WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("TASKLIST");
        JsonNode view = CourtRequests.show(http, "court1", caseNumber).getBody();
        assertThat(view.get("courtCaseNumber").asText()).isEqualTo(
                ((String) form.get("courtCaseNumber")).replace('(', '（').replace(')', '）'));
        assertThat(view.get("currentSteps").get(0).get("step").asText()).isEqualTo("Task_IssueGuidance");
        assertThat(CourtRequests.show(http, "hzcourt1", caseNumber).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aClerkStartsABankruptcyCaseFromTheStartForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("courtName", "连云港市中级人民法院");
        form.put("courtCaseNumber", CourtRequests.newCourtCaseNumber("破"));
        form.put("jurisdiction", "lyg");
        form.put("debtorName", "连云港某某实业有限公司");
        form.put("debtorUscc", "91320706MA1N8K2L3D");
        form.put("administratorName", "江苏某某律师事务所");
        form.put("administratorContact", "0518-85000000");
        form.put("acceptedOn", "2026-11-20");
        form.put("claimDeadline", "2027-01-20");
        form.put("firstCreditorsMeeting", "2027-01-30");

        ResponseEntity<JsonNode> started = submit("court1", "BankruptcyNotificationProcess", form);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().get("businessKey").asText()).matches("PC-\\d{4}-\\d{6}");
    }

    @Test
    void theSameCourtCaseNumberCannotBeStartedTwiceNorWithBadFieldsNorByAnotherDepartment() {
        Map<String, Object> form = auctionForm();
        assertThat(submit("court1", "CourtAuctionTaxGuidanceProcess", form).getStatusCode()).isEqualTo(HttpStatus.OK);
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);

        ResponseEntity<JsonNode> twice = submit("court1", "CourtAuctionTaxGuidanceProcess", form);
        Map<String, Object> badId = auctionForm();
        badId.put("ownerIdNumber", "320706198001011235");
        ResponseEntity<JsonNode> bad = submit("court1", "CourtAuctionTaxGuidanceProcess", badId);
        ResponseEntity<JsonNode> byTax = submit("tax1", "CourtAuctionTaxGuidanceProcess", auctionForm());

        assertThat(twice.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(twice.getBody().get("message").asText()).contains("已提交过");
        assertThat(bad.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(bad.getBody().get("message").asText()).contains("统一社会信用代码");
        assertThat(byTax.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class)).isEqualTo(cases);
    }

    private ResponseEntity<JsonNode> submit(String user, String processKey, Map<String, Object> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return CourtRequests.post(http, user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
                CourtRequests.read(toJson(Map.of("variables", variables))));
    }

    private static Map<String, Object> auctionForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("courtName", "连云港市中级人民法院");
        form.put("courtCaseNumber", CourtRequests.newCourtCaseNumber("执").replace('（', '(').replace('）', ')'));
        form.put("jurisdiction", "lyg");
        form.put("propertyKind", "非住宅");
        form.put("propertyLocation", "连云区某某路8号");
        form.put("propertyArea", 120);
        form.put("appraisalPrice", 2000000);
        form.put("reservePrice", 1400000);
        form.put("ownerKind", "ENTERPRISE");
        form.put("ownerName", "连云港某某实业有限公司");
        form.put("ownerIdNumber", "91320706MA1N8K2L3D");
        form.put("auctionPlatform", "人民法院诉讼资产网");
        form.put("plannedDate", "2026-12-28");
        return form;
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

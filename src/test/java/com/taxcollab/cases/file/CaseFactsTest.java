package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.court.CourtRequests;
import com.taxcollab.seizure.SeizureRequests;
import com.taxcollab.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each case type's facts on its case file, as entered through the API, masked where they must be. */
class CaseFactsTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aDisputeShowsItsMatterAndItsParties() {
        String caseNumber = created(http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "拍卖房产过户完税",
                "description", "完税证明由哪个部门出具有分歧。"), Map.class));

        Map<String, String> facts = facts("court1", caseNumber);
        assertThat(facts).containsEntry("争议事项", "拍卖房产过户完税")
                .containsEntry("情况说明", "完税证明由哪个部门出具有分歧。").containsEntry("争议各方", "人民法院、不动产登记中心");
        assertThat(summary("court1", caseNumber)).isEqualTo("协商中");
        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/cases/" + caseNumber, String.class).getBody())
                .contains("案件事实", "拍卖房产过户完税");
    }

    @Test
    void aSeizureShowsTheTaxpayerMaskedAndTheProperty() {
        Map<String, Object> request = SeizureRequests.valid("lyg");
        String caseNumber = created(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures", request, Map.class));

        Map<String, String> facts = facts("tax1", caseNumber);
        assertThat(facts).containsEntry("被查封不动产权利人", "连云港某某置业有限公司")
                .containsEntry("证件号码", "913501********0Y43").containsEntry("法律依据", "税收保全")
                .containsEntry("面积", "128.5 平方米").containsEntry("查封期限", "36 个月");
        assertThat(summary("tax1", caseNumber)).isEqualTo("待登记");
    }

    @Test
    void anAuctionShowsTheCourtThePropertyAndItsPricesInYuan() {
        ResponseEntity<JsonNode> submitted = CourtRequests.submit(http, "hzcourt1", CourtRequests.auction("haizhou"));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = submitted.getBody().get("caseNumber").asText();

        Map<String, String> facts = facts("hztax1", caseNumber);
        assertThat(facts).containsEntry("法院", "连云港市海州区人民法院").containsEntry("评估价", "1,200,000.00 元")
                .containsEntry("起拍价", "840,000.00 元").containsEntry("被执行人", "张三")
                .containsEntry("被执行人证件号码", "320706********1236").containsEntry("拍卖财产", "住宅");
        assertThat(facts.values()).noneMatch(value -> value.contains("320706198001011236"));
    }

    @Test
    void aRectificationBatchShowsItsItemsAsATable() {
        String caseNumber = created(http.withBasicAuth("super1", "demo").postForEntity("/api/rectifications", Map.of(
                "title", "事实测试批次", "jurisdiction", "lyg", "items", List.of(Map.of("problem", "发票管理不规范",
                        "requirement", "限期整改", "department", "tax", "personName", "张三", "dueDate", "2099-01-15"))),
                Map.class));

        JsonNode file = file("super1", caseNumber);
        JsonNode table = file.get("facts").get("table");
        assertThat(table.get("headings").toString()).contains("问题", "责任单位", "整改期限");
        assertThat(table.get("rows").get(0).toString()).contains("发票管理不规范", "税务局", "2099-01-15");
        assertThat(file.get("facts").get("summary").asText()).isEqualTo("共 1 项，未销号 1 项");
        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/cases/" + caseNumber, String.class))
                .as("the documents a rectification case holds").contains("整改报告", "整改证据").doesNotContain("债权申报书");
    }

    private JsonNode file(String user, String caseNumber) {
        ResponseEntity<JsonNode> file = http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + caseNumber,
                JsonNode.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        return file.getBody();
    }

    private Map<String, String> facts(String user, String caseNumber) {
        Map<String, String> facts = new LinkedHashMap<>();
        file(user, caseNumber).get("facts").get("facts").forEach(f -> facts.put(f.get("label").asText(),
                f.get("value").asText()));
        return facts;
    }

    private String summary(String user, String caseNumber) {
        return file(user, caseNumber).get("facts").get("summary").asText();
    }

    private static String created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }
}

package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every rule of the intake with a bad example: 400 problem+json naming the field in Chinese, nothing written. */
class CourtIntakeValidationTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> badAuctions() {
        return Stream.of(
                bad("案号格式不对", "courtCaseNumber", r -> r.put("courtCaseNumber", "2026苏0706执123号")),
                bad("案号的案件类型代字不在已知列表中", "courtCaseNumber", r -> r.put("courtCaseNumber", "（2026）苏0706执行123号")),
                bad("身份证号码校验码不符", "owner.idNumber", r -> owner(r).put("idNumber", "320706198001011235")),
                bad("身份证号码出生日期不存在", "owner.idNumber", r -> owner(r).put("idNumber", "320706198002301234")),
                bad("统一社会信用代码校验码不符", "owner.uscc", r -> {
                    owner(r).put("kind", "ENTERPRISE").put("uscc", "91320706MA1N8K2L3E").remove("idNumber");
                }),
                bad("金额为负", "property.appraisalPrice", r -> property(r).put("appraisalPrice", -1)),
                bad("金额超过两位小数", "property.reservePrice", r -> property(r).put("reservePrice", 840000.125)),
                bad("金额不是数字", "property.appraisalPrice", r -> property(r).put("appraisalPrice", "一百二十万")),
                bad("日期不存在", "auction.plannedDate", r -> ((ObjectNode) r.get("auction")).put("plannedDate", "2026-02-30")),
                bad("日期格式不对", "auction.plannedDate", r -> ((ObjectNode) r.get("auction")).put("plannedDate", "2026/12/20")),
                bad("缺少法院名称", "courtName", r -> r.remove("courtName")),
                bad("缺少案件类型", "type", r -> r.remove("type")),
                bad("未知案件类型", "type", r -> r.put("type", "SEIZURE")),
                bad("未知辖区", "jurisdiction", r -> r.put("jurisdiction", "nanjing")),
                bad("未知财产类型", "property.kind", r -> property(r).put("kind", "别墅")),
                bad("不动产缺少面积", "property.area", r -> property(r).remove("area")),
                bad("缺少被执行人名称", "owner.name", r -> owner(r).put("name", " ")),
                bad("未知被执行人类型", "owner.kind", r -> owner(r).put("kind", "PERSON")));
    }

    static Stream<Arguments> badBankruptcies() {
        return Stream.of(
                bad("债务人统一社会信用代码校验码不符", "debtor.uscc",
                        r -> ((ObjectNode) r.get("debtor")).put("uscc", "91320706MA1N8K2L3A")),
                bad("缺少管理人联系方式", "administrator.contact", r -> ((ObjectNode) r.get("administrator")).remove("contact")),
                bad("受理日期不是日期", "acceptedOn", r -> r.put("acceptedOn", "十一月二十日")),
                bad("申报期限不足30日", "claimDeadline", r -> r.put("claimDeadline", "2026-12-10")),
                bad("申报期限超过3个月", "claimDeadline", r -> r.put("claimDeadline", "2027-03-01")),
                bad("债权人会议晚于期限届满后15日", "firstCreditorsMeeting", r -> r.put("firstCreditorsMeeting", "2027-02-20")),
                bad("债权人会议早于申报期限", "firstCreditorsMeeting", r -> r.put("firstCreditorsMeeting", "2027-01-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAuctions")
    void badAuctionInputIsRefusedNamingTheFieldAndNothingIsWritten(String rule, String field,
            Consumer<ObjectNode> spoil) {
        assertRefused(CourtRequests.auction("haizhou"), field, spoil);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBankruptcies")
    void badBankruptcyInputIsRefusedNamingTheFieldAndNothingIsWritten(String rule, String field,
            Consumer<ObjectNode> spoil) {
        assertRefused(CourtRequests.bankruptcy("haizhou"), field, spoil);
    }

    @Test
    void everyBadFieldIsListedInOneAnswer() {
        ObjectNode request = CourtRequests.auction("haizhou");
        request.put("courtCaseNumber", "123");
        owner(request).put("idNumber", "320706198001011235");
        property(request).put("appraisalPrice", -5).put("reservePrice", 1.001);
        ((ObjectNode) request.get("auction")).remove("plannedDate");

        ResponseEntity<JsonNode> refused = CourtRequests.submit(http, "hzcourt1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactlyInAnyOrder("courtCaseNumber", "owner.idNumber",
                "property.appraisalPrice", "property.reservePrice", "auction.plannedDate");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        ResponseEntity<JsonNode> refused = CourtRequests.post(http, "hzcourt1", "/api/court/cases", "{\"type\":");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("body");
    }

    private void assertRefused(ObjectNode request, String field, Consumer<ObjectNode> spoil) {
        long casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);
        spoil.accept(request);

        ResponseEntity<JsonNode> refused = CourtRequests.submit(http, "hzcourt1", request);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(refused.getBody())).containsExactly(field);
        assertThat(refused.getBody().get("errors").get(0).get("message").asText()).containsPattern("\\p{IsHan}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class)).isEqualTo(casesBefore);
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
                .toList();
    }

    private static Arguments bad(String rule, String field, Consumer<ObjectNode> spoil) {
        return Arguments.of(rule, field, spoil);
    }

    private static ObjectNode owner(ObjectNode request) {
        return (ObjectNode) request.get("owner");
    }

    private static ObjectNode property(ObjectNode request) {
        return (ObjectNode) request.get("property");
    }
}

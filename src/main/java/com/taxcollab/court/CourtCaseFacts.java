package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.Masking;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a court case file shows: the court and its 案号, and for an auction the property, its prices
 * and the owner (identity number masked), for a bankruptcy the debtor, its administrator and the
 * court's dates, as the court submitted them.
 */
@Configuration
class CourtCaseFacts {

    private final CourtCases courtCases;
    private final ObjectMapper json;

    CourtCaseFacts(CourtCases courtCases, ObjectMapper json) {
        this.courtCases = courtCases;
        this.json = json;
    }

    @Bean
    CaseFactSource auctionFacts() {
        return source(CaseType.PM, this::auction);
    }

    @Bean
    CaseFactSource bankruptcyFacts() {
        return source(CaseType.PC, this::bankruptcy);
    }

    private CaseFactSource source(CaseType type, java.util.function.BiConsumer<JsonNode, List<Fact>> details) {
        return new CaseFactSource() {
            @Override
            public CaseType type() {
                return type;
            }

            @Override
            public CaseFacts of(String caseNumber) {
                return courtCases.find(caseNumber).map(record -> {
                    List<Fact> facts = new ArrayList<>();
                    facts.add(new Fact("法院", record.courtName()));
                    facts.add(new Fact("案号", record.courtCaseNumber()));
                    courtCases.requestJson(caseNumber).map(CourtCaseFacts.this::read)
                            .ifPresent(submission -> details.accept(submission, facts));
                    return new CaseFacts(record.courtName() + " " + record.courtCaseNumber(), facts, null);
                }).orElse(CaseFacts.NONE);
            }
        };
    }

    private void auction(JsonNode s, List<Fact> facts) {
        JsonNode property = s.path("property");
        facts.add(new Fact("拍卖财产", text(property, "kind")));
        facts.add(new Fact("坐落", text(property, "location")));
        facts.add(new Fact("不动产权证书号", text(property, "certificateNo")));
        facts.add(new Fact("面积", property.hasNonNull("area") ? property.get("area").decimalValue().stripTrailingZeros()
                .toPlainString() + " 平方米" : null));
        facts.add(new Fact("评估价", money(property, "appraisalPrice")));
        facts.add(new Fact("起拍价", money(property, "reservePrice")));
        facts.add(new Fact("被执行人", text(s.path("owner"), "name")));
        facts.add(new Fact("被执行人证件号码", Masking.idNumber(text(s.path("owner"), "idNumber"))));
        facts.add(new Fact("拍卖平台", text(s.path("auction"), "platform")));
        facts.add(new Fact("计划拍卖日期", text(s.path("auction"), "plannedDate")));
    }

    private void bankruptcy(JsonNode s, List<Fact> facts) {
        facts.add(new Fact("债务人", text(s.path("debtor"), "name")));
        facts.add(new Fact("统一社会信用代码", text(s.path("debtor"), "uscc")));
        facts.add(new Fact("管理人", text(s.path("administrator"), "name")));
        facts.add(new Fact("管理人联系方式", Masking.phone(text(s.path("administrator"), "contact"))));
        facts.add(new Fact("受理日期", text(s, "acceptedOn")));
        facts.add(new Fact("债权申报截止", text(s, "claimDeadline")));
        facts.add(new Fact("第一次债权人会议", text(s, "firstCreditorsMeeting")));
    }

    private JsonNode read(String submission) {
        try {
            return json.readTree(submission);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String money(JsonNode node, String field) {
        return node.hasNonNull(field) ? CaseFacts.yuan(node.get(field).decimalValue()) : null;
    }
}

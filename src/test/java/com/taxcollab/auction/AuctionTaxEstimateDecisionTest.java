package com.taxcollab.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of bpmn/auction-tax-estimate.dmn: the row applies to its seller, property and dates. */
class AuctionTaxEstimateDecisionTest {

    static final String DMN = "bpmn/auction-tax-estimate.dmn";
    static DmnEngine engine;
    static DmnDecision decision;
    static DmnDecisionTableEvaluationEvent lastEvaluation;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> lastEvaluation = event));
        engine = configuration.buildEngine();
        try (InputStream in = resource()) {
            decision = engine.parseDecision("AuctionTaxEstimate", in);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("Rule_VatIndividualHousing2025", "INDIVIDUAL", "住宅", "2025-12-31", "增值税", "5%", "出卖人"),
                row("Rule_VatIndividualHousing2026", "INDIVIDUAL", "住宅", "2026-01-01", "增值税", "3%", "出卖人"),
                row("Rule_VatIndividualNonHousing", "INDIVIDUAL", "非住宅", "2026-12-20", "增值税", "5%", "出卖人"),
                row("Rule_VatEnterprise", "ENTERPRISE", "土地使用权", "2026-12-20", "增值税", "9%", "出卖人"),
                row("Rule_UrbanConstructionTax", "ENTERPRISE", "住宅", "2026-12-20", "城市维护建设税", "7%", "出卖人"),
                row("Rule_EducationSurcharge", "INDIVIDUAL", "住宅", "2026-12-20", "教育费附加", "3%", "出卖人"),
                row("Rule_LocalEducationSurcharge", "INDIVIDUAL", "非住宅", "2026-12-20", "地方教育附加", "2%", "出卖人"),
                row("Rule_LandAppreciationTaxEnterprise", "ENTERPRISE", "非住宅", "2026-12-20", "土地增值税", "30%–60%",
                        "出卖人"),
                row("Rule_LandAppreciationTaxIndividualNonHousing", "INDIVIDUAL", "土地使用权", "2026-12-20", "土地增值税",
                        "30%–60%", "出卖人"),
                row("Rule_LandAppreciationTaxIndividualHousing", "INDIVIDUAL", "住宅", "2026-12-20", "土地增值税", "免征",
                        "出卖人"),
                row("Rule_IndividualIncomeTax", "INDIVIDUAL", "住宅", "2026-12-20", "个人所得税", "满5年免征", "出卖人"),
                row("Rule_StampDutyIndividualHousing", "INDIVIDUAL", "住宅", "2026-12-20", "印花税", "免征", "出卖人"),
                row("Rule_StampDutySeller", "ENTERPRISE", "住宅", "2026-12-20", "印花税", "0.05%", "出卖人"),
                row("Rule_StampDutyIndividualNonHousing", "INDIVIDUAL", "非住宅", "2026-12-20", "印花税", "0.05%", "出卖人"),
                row("Rule_StampDutyBuyer", "ENTERPRISE", "非住宅", "2026-12-20", "印花税（买受人）", "0.05%", "买受人"),
                row("Rule_DeedTaxHousingBefore2024Dec", "INDIVIDUAL", "住宅", "2024-11-30", "契税", "3%", "买受人"),
                row("Rule_DeedTaxHousing", "INDIVIDUAL", "住宅", "2024-12-01", "契税", "140㎡及以下1%", "买受人"),
                row("Rule_DeedTaxNonHousing", "ENTERPRISE", "土地使用权", "2026-12-20", "契税", "3%", "买受人"),
                row("Rule_OtherProperty", "INDIVIDUAL", "车辆", "2026-12-20", "其他税费", "税务人员", "依法"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theRowAppliesWithItsTaxBasisAndBearer(String ruleId, String seller, String kind, String date, String tax,
            String basis, String bearer) {
        evaluate(seller, kind, date);

        DmnEvaluatedDecisionRule rule = lastEvaluation.getMatchingRules().stream()
                .filter(r -> r.getId().equals(ruleId)).findFirst().orElseThrow(() -> new AssertionError(
                        ruleId + " did not match; matched " + matchedIds()));
        assertThat(rule.getOutputEntries().get("tax").getValue().getValue()).isEqualTo(tax);
        assertThat((String) rule.getOutputEntries().get("basis").getValue().getValue()).contains(basis);
        assertThat((String) rule.getOutputEntries().get("bearer").getValue().getValue()).startsWith(bearer);
        assertThat((String) rule.getOutputEntries().get("legalSource").getValue().getValue()).isNotBlank();
        assertThat((String) rule.getOutputEntries().get("inForce").getValue().getValue()).isNotBlank();
    }

    @Test
    void everyRowOfTheDecisionHasItsCase() throws Exception {
        List<String> tested = rows().map(a -> (String) a.get()[0]).toList();
        try (InputStream in = resource()) {
            List<String> ruleIds = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream()
                    .map(Rule::getId).toList();
            assertThat(tested).containsExactlyInAnyOrderElementsOf(ruleIds);
        }
    }

    @Test
    void vatOnAnIndividualsHousingChangesOnNewYear2026() {
        assertThat(rates("INDIVIDUAL", "住宅", "2025-12-31").get("增值税")).isEqualTo(0.05);
        assertThat(rates("INDIVIDUAL", "住宅", "2026-01-01").get("增值税")).isEqualTo(0.03);
    }

    @Test
    void anIndividualSellingHousingGetsOneRowPerTaxAndNoEnterpriseRows() {
        evaluate("INDIVIDUAL", "住宅", "2026-12-20");

        assertThat(matchedIds()).containsExactlyInAnyOrder("Rule_VatIndividualHousing2026", "Rule_UrbanConstructionTax",
                "Rule_EducationSurcharge", "Rule_LocalEducationSurcharge", "Rule_LandAppreciationTaxIndividualHousing",
                "Rule_IndividualIncomeTax", "Rule_StampDutyIndividualHousing", "Rule_StampDutyBuyer",
                "Rule_DeedTaxHousing");
    }

    private static Map<String, Object> rates(String seller, String kind, String date) {
        return engine.evaluateDecision(decision, Map.of("ownerKind", seller, "propertyKind", kind,
                "transactionDate", date)).getResultList().stream().filter(r -> r.get("indicativeRate") != null)
                .collect(Collectors.toMap(r -> (String) r.get("tax"), r -> r.get("indicativeRate"), (a, b) -> a));
    }

    private static void evaluate(String seller, String kind, String date) {
        engine.evaluateDecision(decision, Map.of("ownerKind", seller, "propertyKind", kind, "transactionDate", date));
    }

    private static List<String> matchedIds() {
        return lastEvaluation.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    }

    private static Arguments row(String ruleId, String seller, String kind, String date, String tax, String basis,
            String bearer) {
        return Arguments.of(ruleId, seller, kind, date, tax, basis, bearer);
    }

    private static InputStream resource() {
        return AuctionTaxEstimateDecisionTest.class.getClassLoader().getResourceAsStream(DMN);
    }
}

package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task's deployed form as the contract of its completion, read from the forms in {@code forms/}. */
class FormContractTest {

    @Test
    void onlyTheFormsOwnFieldsMayBeWritten() {
        assertThat(fields(problems("dispute-negotiation", Map.of("negotiationOutcome", "NOT_AGREED",
                "caseNumber", "ZY-2026-000001", "jurisdiction", "haizhou"))))
                .containsExactlyInAnyOrder("caseNumber", "jurisdiction");
    }

    @Test
    void aFieldShownUnderTheAnswerGivenIsRequiredAndAHiddenOneIsNotWritten() {
        assertThat(problems("dispute-negotiation", Map.of("negotiationOutcome", "AGREED")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("agreementText");
                    assertThat(p.message()).contains("必须填写");
                });
        assertThat(contract("dispute-negotiation").accept(Map.of("negotiationOutcome", "NOT_AGREED",
                "agreementText", "不再需要"), Map.of())).containsOnlyKeys("negotiationOutcome");
    }

    @Test
    void conditionsMayNameTheTasksOwnVariables() {
        FormContract decision = contract("dispute-government-decision");
        Map<String, Object> atTheCity = Map.of("jurisdiction", "lyg");
        assertThat(decision.accept(Map.of("referToCity", true, "decisionText", "裁决"), atTheCity))
                .as("the city cannot refer upwards: the box is hidden there").containsOnlyKeys("decisionText");
        assertThat(fields(problemsIn(decision, Map.of("referToCity", true), Map.of("jurisdiction", "haizhou"))))
                .containsExactlyInAnyOrder("cityDepartments", "referralReason");
    }

    @Test
    void requiredWhenSaysWhatFormJsCannot() {
        assertThat(fields(problems("auction-result", Map.of("auctionResult", "SOLD", "saleDate", "2026-10-09"))))
                .containsExactlyInAnyOrder("salePrice", "buyerName");
        assertThat(contract("auction-result").accept(Map.of("auctionResult", "UNSOLD", "saleDate", "2026-10-09"),
                Map.of())).containsOnlyKeys("auctionResult", "saleDate");
    }

    @Test
    void valuesAreOfTheirFieldsKindWithinItsLimits() {
        Map<String, Object> values = new HashMap<>(Map.of("auctionResult", "BOUGHT", "saleDate", 20261009,
                "salePrice", "900000", "buyerName", "张\u0000三"));
        assertThat(problems("auction-result", values)).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("auctionResult", "拍卖结果：请从列表中选择"),
                        org.assertj.core.groups.Tuple.tuple("saleDate", fieldLabel("auction-result", "saleDate") + "：应为文字"),
                        org.assertj.core.groups.Tuple.tuple("salePrice", "成交价（元，成交时必填）：应为数字"),
                        org.assertj.core.groups.Tuple.tuple("buyerName", "买受人（成交时必填）：含有不可见的控制字符"));
        assertThat(fields(problems("seizure-renewal-decision", Map.of("renewalDecision", "RENEW", "renewalMonths", 1e300))))
                .containsExactly("renewalMonths");
    }

    @Test
    void readOnlyFieldsAreShownNotWrittenAndNumbersKeepTheirKind() {
        Map<String, Object> accepted = contract("auction-assessment").accept(Map.of("salePrice", "1", "buyerName", "x",
                "assessedSellerTaxes", 45000, "assessedBuyerTaxes", 30000.5, "assessmentNotes", "按成交价计税"), Map.of());
        assertThat(accepted).containsOnlyKeys("assessedSellerTaxes", "assessedBuyerTaxes", "assessmentNotes");
        assertThat(accepted.get("assessedSellerTaxes")).isEqualTo(45000);
        assertThat(accepted.get("assessedBuyerTaxes")).isEqualTo(30000.5);
    }

    private static List<FieldProblem> problems(String form, Map<String, Object> values) {
        return problemsIn(contract(form), values, Map.of());
    }

    private static List<FieldProblem> problemsIn(FormContract contract, Map<String, Object> values,
            Map<String, Object> context) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> contract.accept(values, context));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private static String fieldLabel(String form, String key) {
        return contract(form).fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().label();
    }

    private static FormContract contract(String form) {
        try {
            return FormContract.parse(Files.readString(Path.of("forms", form + ".form")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One input of a Camunda Form as the server enforces it: its key, its kind, the checks of its
 * {@code validate} block, the FEEL condition that hides it ({@code conditional.hide}) and, for what
 * form-js cannot say itself, a FEEL condition under which it is required (custom property
 * {@code requiredWhen}, e.g. the sale price when the result is 成交).
 */
record FormField(String key, String label, String type, boolean required, String hide, String requiredWhen,
        Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern,
        Map<String, String> options, boolean writable) {

    static FormField of(JsonNode component) {
        JsonNode validate = component.path("validate");
        Map<String, String> options = new LinkedHashMap<>();
        component.path("values").forEach(option -> options.put(option.path("value").asText(),
                option.path("label").asText(option.path("value").asText())));
        return new FormField(component.path("key").asText(), component.path("label").asText(component.path("key").asText()),
                component.path("type").asText(), validate.path("required").asBoolean(false),
                text(component.path("conditional"), "hide"), text(component.path("properties"), "requiredWhen"),
                integer(validate, "minLength"), integer(validate, "maxLength"), decimal(validate, "min"),
                decimal(validate, "max"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                options, !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false));
    }

    /** The values a choice field offers; empty when it offers any. */
    Set<String> values() {
        return options.keySet();
    }

    /** Whether the answer is a choice among labelled options (a decision such as 同意/退回). */
    boolean isChoice() {
        return ("radio".equals(type) || "select".equals(type)) && !options.isEmpty();
    }

    boolean isNumber() {
        return "number".equals(type);
    }

    boolean isBoolean() {
        return "checkbox".equals(type);
    }

    boolean isList() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) && !node.get(name).asText().isBlank() ? node.get(name).asText() : null;
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode validate, String name) {
        return validate.hasNonNull(name) ? validate.get(name).decimalValue() : null;
    }
}

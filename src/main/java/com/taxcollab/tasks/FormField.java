package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One input of a Camunda Form as the server enforces it: its key, its kind and the checks of its
 * {@code validate} block. A field shown only under a condition ({@code conditional.hide}) is never
 * required here; the process checks what depends on other answers.
 */
record FormField(String key, String label, String type, boolean required, Integer minLength, Integer maxLength,
        BigDecimal min, BigDecimal max, String pattern, Set<String> values, boolean writable) {

    static FormField of(JsonNode component) {
        JsonNode validate = component.path("validate");
        Set<String> values = new LinkedHashSet<>();
        component.path("values").forEach(option -> values.add(option.path("value").asText()));
        boolean conditional = component.path("conditional").has("hide");
        return new FormField(component.path("key").asText(), component.path("label").asText(component.path("key").asText()),
                component.path("type").asText(), validate.path("required").asBoolean(false) && !conditional,
                integer(validate, "minLength"), integer(validate, "maxLength"), decimal(validate, "min"),
                decimal(validate, "max"), validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                values, !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false));
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

    private static Integer integer(JsonNode validate, String name) {
        return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode validate, String name) {
        return validate.hasNonNull(name) ? validate.get(name).decimalValue() : null;
    }
}

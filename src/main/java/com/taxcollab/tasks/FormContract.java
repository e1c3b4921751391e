package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A task's deployed form as the contract of what completing it may write: only the form's own
 * writable fields, each of its kind, within its limits; required ones present. Whatever surface
 * completes a task goes through {@link #accept}, so a hand-made request cannot set the case
 * number, the jurisdiction or any other variable the form does not offer.
 */
final class FormContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonNode schema;
    private final Map<String, FormField> fields;
    private final Set<String> words;

    private FormContract(JsonNode schema, Map<String, FormField> fields) {
        this.schema = schema;
        this.fields = fields;
        this.words = new HashSet<>();
        WORD.matcher(schema.toString()).results().forEach(match -> words.add(match.group()));
    }

    static FormContract parse(String formJson) {
        try {
            JsonNode form = JSON.readTree(formJson);
            Map<String, FormField> fields = new LinkedHashMap<>();
            collect(form.path("components"), fields);
            return new FormContract(form, fields);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A deployed form is not valid JSON", e);
        }
    }

    static FormContract none() {
        return new FormContract(JSON.createObjectNode(), Map.of());
    }

    String formId() {
        return schema.hasNonNull("id") ? schema.get("id").asText() : null;
    }

    /** The deployed form as the form-js viewer renders it. */
    JsonNode schema() {
        return schema.deepCopy();
    }

    /**
     * Whether the form may show or use a variable of this name (a field's key, or a name in one of its
     * expressions or texts): the task page is given only those, not every variable of the case.
     */
    boolean mentions(String variable) {
        return words.contains(variable);
    }

    Collection<FormField> fields() {
        return fields.values();
    }

    /**
     * The typed variables to complete the task with, or every problem at once naming its field.
     * Values of read-only fields and of fields the form hides under the submitted answers are left
     * out: the form shows the first and does not show the second. {@code context} is what the form
     * was filled in with (the task's variables), for conditions that name them.
     */
    Map<String, Object> accept(Map<String, Object> submitted, Map<String, Object> context) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> accepted = new LinkedHashMap<>();
        submitted.keySet().stream().filter(key -> !fields.containsKey(key))
                .forEach(key -> problems.add(new FieldProblem(key, "此任务的表单中没有这一项")));
        Map<String, Object> data = new java.util.HashMap<>(context);
        data.putAll(submitted);
        for (FormField field : fields.values()) {
            Object value = submitted.get(field.key());
            if (!field.writable()) {
                continue;
            }
            if (FormConditions.holds(field.hide(), data)) {
                // a hidden field's answer was never given: later conditions do not see it either
                data.remove(field.key());
                continue;
            }
            if (isEmpty(value)) {
                if (field.required() || FormConditions.holds(field.requiredWhen(), data)) {
                    problems.add(new FieldProblem(field.key(), field.label() + "：必须填写"));
                }
                continue;
            }
            String problem = problemOf(field, value);
            if (problem != null) {
                problems.add(new FieldProblem(field.key(), field.label() + "：" + problem));
            } else {
                accepted.put(field.key(), typed(field, value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return accepted;
    }

    /**
     * The decision a completion takes, as 已办 shows it: the first choice the form offers that the answers
     * make, e.g. "协商结果：达成一致"; null when the form asks for no choice.
     */
    String decision(Map<String, Object> accepted) {
        return fields.values().stream().filter(field -> field.isChoice() && accepted.get(field.key()) != null)
                .findFirst().map(field -> {
                    String value = String.valueOf(accepted.get(field.key()));
                    return field.label() + "：" + field.options().getOrDefault(value, value);
                }).orElse(null);
    }

    /**
     * 暂存: the answers as far as they go. Only the form's fields, each of its kind and within its limits;
     * nothing is required yet, and what the form only shows (read-only fields) is not kept.
     */
    Map<String, Object> draft(Map<String, Object> submitted) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        submitted.forEach((key, value) -> {
            FormField field = fields.get(key);
            if (field == null) {
                problems.add(new FieldProblem(key, "此任务的表单中没有这一项"));
            } else if (field.writable() && !isEmpty(value)) {
                String problem = problemOf(field, value);
                if (problem != null) {
                    problems.add(new FieldProblem(key, field.label() + "：" + problem));
                } else {
                    kept.put(key, value);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kept;
    }

    private static String problemOf(FormField field, Object value) {
        if (field.isNumber()) {
            return numberProblem(field, value);
        }
        if (field.isBoolean()) {
            return value instanceof Boolean ? null : "请选择是或否";
        }
        if (field.isList()) {
            if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
                return "应为选项列表";
            }
            return field.values().isEmpty() || field.values().containsAll(list) ? null : "含有不在列表中的选项";
        }
        if (!(value instanceof String text)) {
            return "应为文字";
        }
        return textProblem(field, text);
    }

    private static String textProblem(FormField field, String text) {
        if (text.indexOf('\u0000') >= 0) {
            return "含有不可见的控制字符";
        }
        int length = text.codePointCount(0, text.length());
        if (field.maxLength() != null && length > field.maxLength()) {
            return "不能超过 " + field.maxLength() + " 个字（现有 " + length + " 个）";
        }
        if (field.minLength() != null && length < field.minLength()) {
            return "至少 " + field.minLength() + " 个字";
        }
        if (!field.values().isEmpty() && !field.values().contains(text)) {
            return "请从列表中选择";
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            return "格式不正确";
        }
        return null;
    }

    private static String numberProblem(FormField field, Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString()) : null;
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || number.abs().compareTo(BigDecimal.valueOf(1, -15)) > 0) {
            return "应为数字";
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return "不能小于 " + field.min().toPlainString();
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return "不能大于 " + field.max().toPlainString();
        }
        return null;
    }

    /** Numbers as Tasklist would store them (small ones as Integer); lists as Json, as Tasklist sends them. */
    private static Object typed(FormField field, Object value) {
        if (field.isNumber()) {
            BigDecimal number = new BigDecimal(value.toString());
            if (number.stripTrailingZeros().scale() <= 0) {
                long whole = number.longValueExact();
                return whole == (int) whole ? (Object) (int) whole : (Object) whole;
            }
            return number.doubleValue();
        }
        if (field.isList()) {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty());
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
                FormField field = FormField.of(component);
                fields.put(field.key(), field);
            }
            if (!"dynamiclist".equals(component.path("type").asText())) {
                collect(component.path("components"), fields);
            }
        }
    }
}

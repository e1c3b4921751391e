package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.CourtCaseNumber;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a court's JSON field by field, collecting every problem (field path as the court sent it,
 * message in Chinese) instead of stopping at the first, so one answer lists all that is wrong.
 */
class JsonFields {

    static final int MAX_TEXT = 300;

    private final JsonNode root;
    private final List<FieldProblem> problems = new ArrayList<>();

    JsonFields(JsonNode root) {
        this.root = root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root;
    }

    JsonNode node(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    boolean has(String path) {
        JsonNode node = node(path);
        return node != null && !(node.isTextual() && node.asText().isBlank());
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    String text(String path, String label, boolean required) {
        return text(path, label, required, MAX_TEXT);
    }

    String text(String path, String label, boolean required, int maxLength) {
        JsonNode node = node(path);
        if (node == null || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                problem(path, "必须填写" + label);
            }
            return null;
        }
        if (!node.isTextual()) {
            problem(path, label + "应为文本");
            return null;
        }
        String value = node.asText().strip();
        if (value.length() > maxLength) {
            problem(path, label + "不能超过 " + maxLength + " 个字");
            return null;
        }
        return value;
    }

    String oneOf(String path, String label, Set<String> allowed, boolean required) {
        String value = text(path, label, required);
        if (value != null && !allowed.contains(value)) {
            problem(path, label + "只能是 " + String.join("、", allowed.stream().sorted().toList()) + " 之一");
            return null;
        }
        return value;
    }

    /** Money in yuan: a number, not negative, at most two decimals. */
    BigDecimal money(String path, String label, boolean required) {
        BigDecimal value = number(path, label, required);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problem(path, label + "不能为负数");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problem(path, label + "最多保留两位小数（元、角、分）");
            return null;
        }
        return value;
    }

    BigDecimal positive(String path, String label, boolean required) {
        BigDecimal value = number(path, label, required);
        if (value != null && value.signum() <= 0) {
            problem(path, label + "必须大于 0");
            return null;
        }
        return value;
    }

    private BigDecimal number(String path, String label, boolean required) {
        JsonNode node = node(path);
        if (node == null) {
            if (required) {
                problem(path, "必须填写" + label);
            }
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problem(path, label + "应为数字");
        return null;
    }

    LocalDate date(String path, String label, boolean required) {
        String text = text(path, label, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(path, label + "不是有效日期，格式应为 YYYY-MM-DD，例如 2026-12-20");
            return null;
        }
    }

    /** The 案号, normalised to full-width brackets. */
    String courtCaseNumber(String path) {
        String text = text(path, "案号", true, 64);
        if (text == null) {
            return null;
        }
        return CourtCaseNumber.parse(text).map(CourtCaseNumber::toString).orElseGet(() -> {
            problem(path, "案号格式不正确，应如（2026）苏0706执123号，案件类型代字须为执、执恢、破、破申、民初等");
            return null;
        });
    }

    String uscc(String path, String label, boolean required) {
        String text = text(path, label, required, 18);
        if (text != null && !UnifiedSocialCreditCode.isValid(text.toUpperCase(java.util.Locale.ROOT))) {
            problem(path, label + "不是有效的统一社会信用代码（18 位，校验码不符）");
            return null;
        }
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    String residentId(String path, String label, boolean required) {
        String text = text(path, label, required, 18);
        if (text != null && !ResidentIdNumber.isValid(text)) {
            problem(path, label + "不是有效的公民身份号码（18 位，校验码或出生日期不符）");
            return null;
        }
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

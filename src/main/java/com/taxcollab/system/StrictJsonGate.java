package com.taxcollab.system;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request to our API must be before any controller reads it: query parameters and
 * JSON free of NUL characters and unpaired surrogates (PostgreSQL cannot store the first, UTF-8
 * cannot carry the second), JSON that is one value with nothing after it and no key twice, and
 * numbers a person could mean (at most 10^15). Refused with 400 naming the field, e.g.
 * {@code items[3].problem}.
 */
class StrictJsonGate extends OncePerRequestFilter {

    static final BigDecimal LARGEST_NUMBER = BigDecimal.TEN.pow(15);
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = new ArrayList<>(queryProblems(request.getQueryString()));
        HttpServletRequest checked = request;
        if (problems.isEmpty() && isJson(request.getContentType())) {
            byte[] body = request.getInputStream().readAllBytes();
            problems.addAll(bodyProblems(body));
            checked = new CachedBody(request, body);
        }
        if (!problems.isEmpty()) {
            ProblemResponses.invalid(response, problems);
            return;
        }
        chain.doFilter(checked, response);
    }

    static List<FieldProblem> queryProblems(String query) {
        List<FieldProblem> problems = new ArrayList<>();
        if (query == null) {
            return problems;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq < 0 ? pair.length() : eq);
            try {
                String decodedName = URLDecoder.decode(name, StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                String problem = textProblem(decodedName + value);
                if (problem != null) {
                    problems.add(new FieldProblem(decodedName, problem));
                }
            } catch (IllegalArgumentException badEscape) {
                problems.add(new FieldProblem(name, "网址参数的编码不正确"));
            }
        }
        return problems;
    }

    static List<FieldProblem> bodyProblems(byte[] body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.length == 0) {
            return problems;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            int depth = 0;
            while (token != null) {
                String problem = switch (token) {
                    case FIELD_NAME, VALUE_STRING -> textProblem(parser.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberProblem(parser);
                    default -> null;
                };
                if (problem != null) {
                    problems.add(new FieldProblem(path(parser.getParsingContext()), problem));
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    break;
                }
                token = parser.nextToken();
            }
            if (parser.nextToken() != null) {
                problems.add(new FieldProblem("body", "JSON 之后还有多余的内容"));
            }
        } catch (JsonParseException e) {
            problems.add(new FieldProblem(e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? path(e.getProcessor().getParsingContext()) : "body",
                    e.getMessage() != null && e.getMessage().startsWith("Duplicate field") ? "同一字段出现了两次"
                            : "请求内容不是有效的 JSON"));
        } catch (IOException e) {
            problems.add(new FieldProblem("body", "请求内容不是有效的 JSON"));
        }
        return problems;
    }

    private static String numberProblem(JsonParser parser) {
        try {
            BigDecimal number = parser.getDecimalValue();
            return number.abs().compareTo(LARGEST_NUMBER) > 0 ? "数值过大" : null;
        } catch (IOException | NumberFormatException e) {
            return "数值格式不正确";
        }
    }

    static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "含有不允许的空字符（NUL）";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "含有无法识别的字符";
            }
        }
        return null;
    }

    /** {@code items[3].dueDate} for the value or name the parser is at. */
    private static String path(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                segments.add(0, "." + at.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }
}

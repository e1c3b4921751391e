package com.taxcollab.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.system.CachedBody;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password change through the webapps' or the engine's REST that the policy refuses is answered
 * 400 naming the rules broken, in Chinese, before the engine would answer it with a bare 500.
 */
class PasswordChangeCheck extends OncePerRequestFilter {

    private static final Pattern CREDENTIALS = Pattern.compile(
            "/(?:camunda/api/engine/engine/[^/]+|engine-rest)/user/([^/]+)/credentials/?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RULES = Map.of(
            "PASSWORD_POLICY_LENGTH", "至少 8 个字符",
            "PASSWORD_POLICY_LOWERCASE", "至少 1 个小写字母",
            "PASSWORD_POLICY_DIGIT", "至少 1 个数字",
            "PASSWORD_POLICY_SPECIAL", "至少 1 个特殊字符（如 # ! @ %）",
            "PASSWORD_POLICY_USER_DATA", "不能包含用户名、姓名或邮箱",
            "PASSWORD_POLICY_HISTORY", "不能与最近 5 次使用过的密码相同");

    private final IdentityService identityService;
    private final EngineAsSystem engine;

    PasswordChangeCheck(IdentityService identityService, EngineAsSystem engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** The rules a password broke, in Chinese, by their Camunda placeholders. */
    static String explain(List<String> placeholders) {
        return "新密码不符合密码规则：" + String.join("；", placeholders.stream()
                .map(placeholder -> RULES.getOrDefault(placeholder, placeholder)).toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher change = CREDENTIALS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!"PUT".equals(request.getMethod()) || !change.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode password = body.length == 0 ? null : JSON.readTree(body).path("password");
        User user = engine.call(() -> identityService.createUserQuery().userId(change.group(1)).singleResult());
        if (password != null && password.isTextual() && user != null) {
            PasswordPolicyResult result = engine.call(() -> identityService.checkPasswordAgainstPolicy(
                    password.asText(), user));
            if (!result.isValid()) {
                ProblemResponses.invalid(response, List.of(new FieldProblem("password", explain(result
                        .getViolatedRules().stream().map(rule -> rule.getPlaceholder()).toList()))));
                return;
            }
        }
        chain.doFilter(new CachedBody(request, body), response);
    }
}

package com.taxcollab.security;

import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's own surfaces belong to the system administrator and the configured integration
 * accounts: everyone else gets 403 on {@code /engine-rest} and on the webapps' Cockpit and Admin
 * REST, and only Tasklist's own operations ({@link TasklistOperations}) on the webapps' engine REST.
 * Refused before the engine sees the request, so a refusal changes nothing (no job retry spent).
 */
class EngineSurfaceGuard extends OncePerRequestFilter {

    static final String ENGINE_REST_ONLY_FOR_OPERATORS =
            "引擎接口仅供系统管理员和集成账号使用，请通过本系统的页面或 /api 办理";
    static final String NOT_A_TASKLIST_OPERATION = "此操作仅供系统管理员使用，请通过本系统的页面办理";

    private final CurrentUserService currentUsers;
    private final EngineOperators operators;

    EngineSurfaceGuard(CurrentUserService currentUsers, EngineOperators operators) {
        this.currentUsers = currentUsers;
        this.operators = operators;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isEmpty() || operators.operates(user.get())) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/engine-rest")) {
            ProblemResponses.forbidden(response, ENGINE_REST_ONLY_FOR_OPERATORS);
            return;
        }
        String method = request.getMethod();
        boolean webappEngine = path.startsWith("/camunda/api/engine/");
        boolean operatorPlugin = path.startsWith("/camunda/api/cockpit/")
                || (path.startsWith("/camunda/api/admin/") && !path.startsWith("/camunda/api/admin/auth/"));
        if ((webappEngine && !TasklistOperations.allows(method, path)
                && !TasklistOperations.isOwnAccount(method, path, user.get().id())) || operatorPlugin) {
            ProblemResponses.forbidden(response, NOT_A_TASKLIST_OPERATION);
            return;
        }
        chain.doFilter(request, response);
    }
}

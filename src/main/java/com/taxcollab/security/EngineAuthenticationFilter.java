package com.taxcollab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own API runs engine calls as the caller, like engine-rest does, so a query through
 * {@code /api} can never show more than Tasklist would.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final CurrentUserService currentUsers;

    EngineAuthenticationFilter(IdentityService identityService, CurrentUserService currentUsers) {
        this.identityService = identityService;
        this.currentUsers = currentUsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = currentUsers.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.get().id(), user.get().departments(), user.get().jurisdictions());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}

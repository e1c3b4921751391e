package com.taxcollab.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage anywhere in a request (the login's password check, the caller's groups, a
 * controller) answers 503 with {@code Retry-After}, as a Chinese page or problem+json, once the pool
 * has waited its connection timeout; it recovers by itself when the database is back.
 */
class DatabaseOutageGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!ApiProblems.databaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}

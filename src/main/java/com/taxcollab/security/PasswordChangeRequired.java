package com.taxcollab.security;

import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone holding a temporary password does nothing before choosing their own: pages lead to
 * {@value #PAGE}, everything else is refused with 403 saying why. Checked once per session and user.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    static final String CHECKED = PasswordChangeRequired.class.getName() + ".checked";
    private static final List<String> ALWAYS = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/error",
            "/actuator/health", "/favicon.ico");

    private final CurrentUserService currentUsers;
    private final PasswordChanges passwords;

    PasswordChangeRequired(CurrentUserService currentUsers, PasswordChanges passwords) {
        this.currentUsers = currentUsers;
        this.passwords = passwords;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // checked for this very user: a later login in the same browser session is checked again
        boolean checked = session != null && authentication != null
                && authentication.getName().equals(session.getAttribute(CHECKED));
        Optional<CurrentUser> user = ALWAYS.stream().anyMatch(path::startsWith) || checked ? Optional.empty()
                : currentUsers.current();
        Optional<String> reason = user.flatMap(u -> passwords.reasonToChange(u.id()));
        if (reason.isPresent()) {
            if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")) {
                ProblemResponses.forbidden(response, reason.get() + "，请先修改密码：" + PAGE);
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        if (user.isPresent() && session != null) {
            session.setAttribute(CHECKED, user.get().id());
        }
        chain.doFilter(request, response);
    }
}

package com.taxcollab.court;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Court case systems may call the court API with {@code Authorization: ApiKey <key>} instead of a
 * password. Such requests get a chain of their own (stateless, no CSRF: the key travels with every
 * call); everything else stays with the application's single login.
 */
@Configuration
class CourtApiKeySecurity {

    static final String SCHEME = "ApiKey ";

    @Bean
    @Order(1)
    SecurityFilterChain courtApiKeyChain(HttpSecurity http, CourtApiKeys keys) throws Exception {
        return http.securityMatcher(request -> request.getRequestURI().substring(request.getContextPath().length())
                        .startsWith("/api/court/") && header(request) != null)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .build();
    }

    private static String header(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(SCHEME)
                ? authorization.substring(SCHEME.length()).strip() : null;
    }

    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final CourtApiKeys keys;

        ApiKeyFilter(CourtApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            keys.userOf(header(request)).ifPresent(user -> SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, List.of())));
            chain.doFilter(request, response);
        }
    }
}

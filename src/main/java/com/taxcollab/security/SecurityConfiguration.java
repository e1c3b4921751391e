package com.taxcollab.security;

import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.Filters;
import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * One login for everything: Spring Security authenticates (form login for people, HTTP Basic for
 * machines) against the Camunda identity service, and hands the user on to engine-rest, the Camunda
 * webapps and our API, which all run as that user.
 */
@Configuration
public class SecurityConfiguration {

    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;
    /** Refusals come before the filters that hand the user to the engine. */
    private static final int ENGINE_SURFACE_GUARD = AFTER_SPRING_SECURITY;
    /** Where a feature's own checks of engine-bound requests go: after the guard, before the engine. */
    public static final int ENGINE_REQUEST_CHECKS = AFTER_SPRING_SECURITY + 1;
    private static final int ENGINE_AUTHENTICATION = AFTER_SPRING_SECURITY + 2;

    private static final String REALM = "TaxCollab";

    /** Our pages load scripts only from here; bpmn-js and ECharts set inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so that logging out frees a place. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Machine calls prove who they are with HTTP Basic on every request: they open no session, so they
     * neither cost memory nor count against (and end) the person's own browser sessions.
     */
    @Bean
    @Order(2)
    SecurityFilterChain machineFilterChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basic = basicEntryPoint();
        http.securityMatcher(SecurityConfiguration::basicCredentials)
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return protections(http).build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            @Value("${taxcollab.security.max-sessions-per-user:3}") int maxSessionsPerUser) throws Exception {
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(loginFailures()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(basicEntryPoint(), SecurityConfiguration::machineApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true))
                // a person's sessions: the oldest beyond the limit ends, and its next request says so
                .sessionManagement(session -> session.maximumSessions(maxSessionsPerUser)
                        .sessionRegistry(sessionRegistry).expiredUrl("/login?expired"));
        return protections(http).build();
    }

    /** What holds for people and machines alike: who may reach what, the refusals, the headers, CSRF. */
    private static HttpSecurity protections(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Camunda Admin lets anyone create the first admin while none exists; ours come from
                        // configuration
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAccessDeniedHandlerFor((request, response, denied) ->
                        ProblemResponses.forbidden(response, "请求缺少有效的 CSRF 令牌，请刷新页面后重试"),
                        SecurityConfiguration::machineApi))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // the Camunda webapps send a policy of their own; two would both apply
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !path(request).startsWith("/camunda/"),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        // the Camunda webapps bring their own CSRF protection (X-XSRF-TOKEN)
                        request -> path(request).startsWith("/camunda/"),
                        // machine clients authenticate on every call and carry no session to forge; a
                        // browser's cached Basic credentials are stopped by SameOriginWrites
                        request -> machineApi(request) && request.getHeader("Authorization") != null));
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(REALM);
        return basic;
    }

    private static boolean machineApi(HttpServletRequest request) {
        return path(request).startsWith("/api/") || path(request).startsWith("/engine-rest/");
    }

    private static boolean basicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    FilterRegistrationBean<SameOriginWrites> sameOriginWrites(@Value("${taxcollab.public-url}") String publicUrl) {
        return Filters.register(new SameOriginWrites(publicUrl), Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Bean
    FilterRegistrationBean<PasswordChangeRequired> passwordChangeRequired(CurrentUserService currentUsers,
            PasswordChanges passwords) {
        return Filters.register(new PasswordChangeRequired(currentUsers, passwords), ENGINE_SURFACE_GUARD);
    }

    @Bean
    FilterRegistrationBean<PasswordChangeCheck> passwordChangeCheck(IdentityService identityService,
            EngineAsSystem engine) {
        return Filters.register(new PasswordChangeCheck(identityService, engine), ENGINE_REQUEST_CHECKS,
                "/engine-rest/*", "/camunda/api/engine/*");
    }

    @Bean
    FilterRegistrationBean<EngineSurfaceGuard> engineSurfaceGuard(CurrentUserService currentUsers,
            EngineOperators operators) {
        return Filters.register(new EngineSurfaceGuard(currentUsers, operators), ENGINE_SURFACE_GUARD,
                "/engine-rest/*", "/camunda/api/*");
    }

    /**
     * A locked account, or one whose roles break 三员分立, is told so; any other failure is the same
     * "wrong user name or password".
     */
    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?roles"));
        return handler;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(ENGINE_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> apiEngineAuthentication(IdentityService identityService,
            CurrentUserService currentUsers) {
        var registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService, currentUsers));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ENGINE_AUTHENTICATION);
        return registration;
    }
}

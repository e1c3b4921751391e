package com.taxcollab.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: Spring Security authenticates (form login for people, HTTP Basic for
 * machines) against the Camunda identity service, and hands the user on to engine-rest, the Camunda
 * webapps and our API, which all run as that user.
 */
@Configuration
class SecurityConfiguration {

    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher machineApis = request -> path(request).startsWith("/api/")
                || path(request).startsWith("/engine-rest/");
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("TaxCollab");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Camunda Admin lets anyone create the first admin while none exists; ours come from configuration.
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(b -> b.realmName("TaxCollab").authenticationEntryPoint(basic))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(basic, machineApis)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        // engine-rest is for machines; the Camunda webapps bring their own CSRF protection
                        request -> path(request).startsWith("/engine-rest/"),
                        request -> path(request).startsWith("/camunda/"),
                        // machine clients of /api authenticate on every call and carry no session to forge
                        request -> path(request).startsWith("/api/") && request.getHeader("Authorization") != null));
        return http.build();
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
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> apiEngineAuthentication(IdentityService identityService,
            CurrentUserService currentUsers) {
        var registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService, currentUsers));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}

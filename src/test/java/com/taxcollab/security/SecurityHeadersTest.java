package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** The headers every page and API answer carries, and the session cookie a login sets. */
class SecurityHeadersTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void pagesAndTheApiCarryTheBrowserProtections() {
        String caseNumber = (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "头部检查",
                "description", "安全响应头"), Map.class).getBody().get("caseNumber");
        var session = com.taxcollab.support.WebSession.loggedIn(port, "court1");

        for (String path : List.of("/", "/cases/" + caseNumber, "/api/cases", "/api/me")) {
            HttpHeaders headers = session.get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void aFourthLoginEndsTheOldestOfAPersonsThreeSessions() {
        var first = com.taxcollab.support.WebSession.loggedIn(port, "registry1");
        assertThat(first.get("/api/me").statusCode()).isEqualTo(200);
        for (int more = 0; more < 3; more++) {
            com.taxcollab.support.WebSession.loggedIn(port, "registry1");
        }

        var ended = first.get("/api/me");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(first.get("/login?expired").body()).contains("本次会话已结束");
    }

    @Test
    void machineCallsWithBasicCredentialsOpenNoSessionAndLeaveThePersonsOwnAlone() {
        var browser = com.taxcollab.support.WebSession.loggedIn(port, "hzregistry1");
        for (int call = 0; call < 5; call++) {
            ResponseEntity<String> me = http.withBasicAuth("hzregistry1", "demo").getForEntity("/api/me", String.class);
            assertThat(me.getStatusCode().value()).isEqualTo(200);
            assertThat(me.getHeaders().get("Set-Cookie")).as("call %d", call).isNull();
        }

        assertThat(browser.get("/api/me").statusCode()).as("the browser session still stands").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        assertThat(login.getHeaders().get("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }
}

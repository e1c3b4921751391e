package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** A temporary password the security administrator sets must be replaced before its holder does anything else. */
class TemporaryPasswordTest extends IntegrationTest {

    private static final String USER = "temppw1";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void anOfficer() {
        var user = identityService.newUser(USER);
        user.setPassword("Own#pass2026");
        identityService.saveUser(user);
        identityService.createMembership(USER, "tax");
        identityService.createTenantUserMembership("lyg", USER);
    }

    @AfterEach
    void remove() {
        identityService.deleteUser(USER);
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", USER);
        jdbc.update("DELETE FROM password_history WHERE user_id = ?", USER);
    }

    @Test
    void aResetPasswordMustBeReplacedAtTheNextLoginAndEveryStepIsAudited() {
        String reset = "/api/security/accounts/" + USER + "/password";
        assertThat(http.withBasicAuth("admin", "demo").postForEntity(reset, Map.of("password", "Temp#2026pw"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("secadmin", "demo").postForEntity(reset, Map.of("password", "1"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("secadmin", "demo").postForEntity(reset, Map.of("password", "Temp#2026pw"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(http.withBasicAuth(USER, "Temp#2026pw").getForEntity("/api/me", String.class).getBody())
                .contains("管理员为您设置了临时密码", "请先修改密码");
        WebSession session = WebSession.anonymous(port);
        session.login("tax1", "demo");
        assertThat(session.html("/").statusCode()).as("another user checked in this browser session first")
                .isEqualTo(200);
        session.login(USER, "Temp#2026pw");
        var home = session.html("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        String page = session.html("/account/password").body();
        assertThat(page).contains("管理员为您设置了临时密码", "请先设置您自己的密码");

        assertThat(change(session, page, "Temp#2026pw", "short").body()).contains("新密码不符合密码规则");
        var changed = change(session, session.html("/account/password").body(), "Temp#2026pw", "Mine#2027pw");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(session.html("/").statusCode()).isEqualTo(200);
        assertThat(identityService.checkPassword(USER, "Mine#2027pw")).isTrue();
        assertThat(jdbc.queryForList("SELECT action FROM case_audit WHERE user_id IN ('secadmin', ?)"
                + " AND action IN ('PASSWORD_RESET', 'PASSWORD_CHANGED') ORDER BY id", String.class, USER))
                .containsSubsequence("PASSWORD_RESET", "PASSWORD_CHANGED");
    }

    private static java.net.http.HttpResponse<String> change(WebSession session, String page, String current,
            String chosen) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();
        return session.form("/account/password", "currentPassword=" + encode(current) + "&newPassword="
                + encode(chosen) + "&_csrf=" + encode(csrf.group(1)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

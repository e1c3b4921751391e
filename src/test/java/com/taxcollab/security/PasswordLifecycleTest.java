package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A password's life as the 等保 policy has it: an account the system administrator opens must get its
 * holder's own password at the first login, none of the last five may come back, and after 90 days it
 * must be replaced, with a warning in the last two weeks.
 */
class PasswordLifecycleTest extends IntegrationTest {

    private static final String USER = "pwlife1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void remove() {
        if (identityService.createUserQuery().userId(USER).count() > 0) {
            identityService.deleteUser(USER);
        }
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", USER);
        jdbc.update("DELETE FROM password_history WHERE user_id = ?", USER);
    }

    @Test
    void aNewAccountsFirstPasswordIsReplacedAtFirstLoginNoneOfTheLastFiveComesBackAndItAges() {
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", USER, "firstName", "新", "lastName", "同事", "email", "pwlife1@demo.cn"),
                "credentials", Map.of("password", "Start#2026pw")), String.class).getStatusCode())
                .as("the system administrator opens the account in the engine's own API")
                .isEqualTo(HttpStatus.NO_CONTENT);

        WebSession session = WebSession.anonymous(port);
        session.login(USER, "Start#2026pw");
        HttpResponse<String> home = session.html("/");
        assertThat(home.statusCode()).as("the first login goes to the password page").isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(session.html("/account/password").body()).contains("管理员为您设置了临时密码");

        String current = "Start#2026pw";
        for (String next : new String[] {"Mine#2026pw1", "Mine#2026pw2", "Mine#2026pw3"}) {
            assertThat(change(session, current, next).statusCode()).as("to %s", next).isEqualTo(302);
            current = next;
        }
        assertThat(session.html("/").statusCode()).isEqualTo(200);
        assertThat(change(session, current, "Start#2026pw").body()).as("one of the last five")
                .contains("不能与最近 5 次使用过的密码相同");
        assertThat(identityService.checkPassword(USER, current)).isTrue();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(80))));
        assertThat(session.html("/").body()).as("warned in the last two weeks").contains("id=\"password-warning\"",
                "天后到期");
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(11))));
        WebSession later = WebSession.anonymous(port);
        later.login(USER, current);
        assertThat(later.html("/").headers().firstValue("Location").orElse("")).as("90 days old")
                .endsWith("/account/password");
        assertThat(later.html("/account/password").body()).contains("您的密码已超过 90 天有效期");
        assertThat(http.withBasicAuth(USER, current).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(change(later, current, "Fresh#2027pw").statusCode()).isEqualTo(302);
        assertThat(later.html("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_history WHERE user_id = ?", Integer.class,
                USER)).as("the first and four of the holder's own").isEqualTo(5);
    }

    private static HttpResponse<String> change(WebSession session, String current, String chosen) {
        Matcher csrf = CSRF.matcher(session.html("/account/password").body());
        assertThat(csrf.find()).isTrue();
        return session.form("/account/password", "currentPassword=" + encode(current) + "&newPassword="
                + encode(chosen) + "&_csrf=" + encode(csrf.group(1)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

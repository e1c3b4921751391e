package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Five failed logins lock an account; only time or an administrator opens it again; all of it is audited. */
class AccountLockoutTest extends IntegrationTest {

    private static final String USER = "lockme1";
    private static final String PASSWORD = "Right#2026pass";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aThrowawayAccount() {
        var user = identityService.newUser(USER);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(USER, "tax");
        identityService.createTenantUserMembership("lyg", USER);
    }

    @AfterEach
    void removeIt() {
        identityService.deleteUser(USER);
        jdbc.update("DELETE FROM account_lockouts WHERE user_id = ?", USER);
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(me(PASSWORD + "x")).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(me(PASSWORD)).as("locked: the right password is refused too").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/security/accounts/" + USER + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(http.withBasicAuth("secadmin", "demo").postForEntity("/api/security/accounts/" + USER + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(me(PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("SELECT action FROM case_audit WHERE user_id = ? ORDER BY id", String.class, USER))
                .as("the fifth failure locks the account as it is refused; the sixth try is refused as locked")
                .containsSubsequence(List.of("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                        "ACCOUNT_LOCKED", "LOGIN_FAILED", "LOGIN_FAILED"));
        assertThat(jdbc.queryForList("SELECT detail FROM case_audit WHERE user_id = 'secadmin' AND action = 'ACCOUNT_UNLOCKED'",
                String.class)).contains("解锁账号 " + USER);
        assertThat(jdbc.queryForList("SELECT client_address FROM case_audit WHERE user_id = ? AND action = 'LOGIN_FAILED'",
                String.class, USER)).allSatisfy(address -> assertThat(address).isNotBlank());
    }

    @Test
    void aLockedPersonIsToldSoOnTheLoginPage() {
        for (int attempt = 0; attempt < 5; attempt++) {
            me(PASSWORD + "x");
        }
        var session = com.taxcollab.support.WebSession.anonymous(port);
        assertThat(session.login(USER, PASSWORD)).endsWith("/login?locked");
        assertThat(session.get("/login?locked").body()).contains("账号因多次登录失败已被锁定");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private HttpStatus me(String password) {
        return (HttpStatus) http.withBasicAuth(USER, password).getForEntity("/api/me", String.class).getStatusCode();
    }
}

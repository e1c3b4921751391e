package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The password policy on every surface, bcrypt for new hashes, old SHA-512 hashes upgraded at login. */
class PasswordPolicyTest extends IntegrationTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void removeUsers() {
        for (String id : List.of("policy1", "legacy1")) {
            identityService.deleteUser(id);
        }
    }

    @Test
    void weakPasswordsAreRefusedWhenAUserIsCreated() {
        for (String weak : List.of("1", "a", "password", "12345678", "abcdefg#1".substring(0, 7), "Policy1x#policy1")) {
            var user = identityService.newUser("policy1");
            user.setPassword(weak);
            assertThatThrownBy(() -> identityService.saveUser(user)).as(weak)
                    .isInstanceOf(ProcessEngineException.class);
        }
        var user = identityService.newUser("policy1");
        user.setPassword("Tax#co2026gov");
        identityService.saveUser(user);
        assertThat(jdbc.queryForObject("SELECT pwd_ FROM act_id_user WHERE id_ = 'policy1'", String.class))
                .startsWith("{BCRYPT}");
    }

    @Test
    void anOfficerCannotChangeTheirOwnPasswordToAWeakOne() {
        var user = identityService.newUser("policy1");
        user.setPassword("Tax#co2026gov");
        identityService.saveUser(user);
        identityService.createMembership("policy1", "tax");
        identityService.createTenantUserMembership("lyg", "policy1");
        WebSession session = WebSession.anonymous(port);
        assertThat(session.login("policy1", "Tax#co2026gov")).doesNotContain("error");
        String token = session.webappToken();
        String change = "/camunda/api/engine/engine/default/user/policy1/credentials";

        var weak = session.json("PUT", change, "{\"password\": \"1\", \"authenticatedUserPassword\": \"Tax#co2026gov\"}",
                "X-XSRF-TOKEN", token);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"", "至少 8 个字符", "至少 1 个特殊字符");
        assertThat(identityService.checkPassword("policy1", "Tax#co2026gov")).isTrue();

        assertThat(session.json("PUT", change, "{\"password\": \"New#pass2027\", \"authenticatedUserPassword\":"
                + " \"Tax#co2026gov\"}", "X-XSRF-TOKEN", token).statusCode()).isEqualTo(204);
        assertThat(identityService.checkPassword("policy1", "New#pass2027")).isTrue();
    }

    @Test
    void anOldSha512HashStillLogsInAndIsReplacedByBcrypt() {
        var user = identityService.newUser("legacy1");
        user.setPassword("Tax#co2026gov");
        identityService.saveUser(user);
        identityService.createMembership("legacy1", "tax");
        String salt = jdbc.queryForObject("SELECT salt_ FROM act_id_user WHERE id_ = 'legacy1'", String.class);
        jdbc.update("UPDATE act_id_user SET pwd_ = ? WHERE id_ = 'legacy1'",
                "{SHA-512}" + new Sha512HashDigest().encrypt("Tax#co2026gov" + salt));

        assertThat(http.withBasicAuth("legacy1", "Tax#co2026gov").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT pwd_ FROM act_id_user WHERE id_ = 'legacy1'", String.class))
                .startsWith("{BCRYPT}");
        assertThat(http.withBasicAuth("legacy1", "Tax#co2026gov").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}

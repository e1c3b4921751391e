package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.organisation.AdministratorGroups;
import com.taxcollab.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 三员分立: the system, security and audit administrators each do their own acts and are refused the
 * others', refusals and reads audited; nobody holds two roles; a row changed behind the product's
 * back breaks the audit trail's hash chain, and verification names it.
 */
class SeparatedAdministratorsTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void eachAdministratorDoesOnlyItsOwnAct() {
        String unlock = "/api/security/accounts/tax1/unlock";
        assertThat(post("secadmin", unlock)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("admin", unlock)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("auditor", unlock)).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(get("auditor", "/api/audit?size=5")).isEqualTo(HttpStatus.OK);
        assertThat(get("auditor", "/api/audit/verify")).isEqualTo(HttpStatus.OK);
        assertThat(get("admin", "/api/audit?size=5")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("secadmin", "/api/audit/verify")).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(get("admin", "/engine-rest/deployment/count")).isEqualTo(HttpStatus.OK);
        assertThat(get("secadmin", "/engine-rest/deployment/count")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("auditor", "/engine-rest/deployment/count")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("auditor", "/api/court/api-keys")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("secadmin", "/api/court/api-keys")).isEqualTo(HttpStatus.OK);

        assertThat(jdbc.queryForList("SELECT action || ':' || granted FROM case_audit WHERE user_id IN ('admin',"
                + " 'auditor', 'secadmin') AND action IN ('AUDIT_READ', 'AUDIT_VERIFY', 'ACCOUNT_UNLOCKED')", String.class))
                .contains("AUDIT_READ:true", "AUDIT_VERIFY:true", "AUDIT_READ:false", "AUDIT_VERIFY:false",
                        "ACCOUNT_UNLOCKED:true");
    }

    @Test
    void anAccountHoldingTwoRolesDoesNotLogIn() {
        var user = identityService.newUser("tworoles1");
        user.setPassword("demo");
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.createMembership("tworoles1", Groups.CAMUNDA_ADMIN);
        identityService.createMembership("tworoles1", AdministratorGroups.AUDIT_ADMIN);
        try {
            assertThat(get("tworoles1", "/api/me")).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(com.taxcollab.support.WebSession.anonymous(port).login("tworoles1", "demo"))
                    .as("the login page says why").endsWith("/login?roles");
            identityService.deleteMembership("tworoles1", AdministratorGroups.AUDIT_ADMIN);
            identityService.createMembership("tworoles1", "tax");
            assertThat(get("tworoles1", "/api/me")).as("an administrator who is also an officer").isEqualTo(
                    HttpStatus.UNAUTHORIZED);
        } finally {
            identityService.deleteUser("tworoles1");
        }
    }

    @Test
    void aRowChangedInTheDatabaseBreaksTheChainAndVerificationNamesIt() {
        assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/verify", Map.class).getBody())
                .containsEntry("intact", true);
        http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/ZY-2026-999999", String.class);
        long tampered = jdbc.queryForObject("SELECT MAX(id) FROM case_audit WHERE user_id = 'tax1'", Long.class);
        // behind the product's back: the append-only trigger is set aside as only a database superuser can
        jdbc.execute("ALTER TABLE case_audit DISABLE TRIGGER case_audit_no_update_or_delete");
        try {
            jdbc.update("UPDATE case_audit SET user_id = 'someoneelse' WHERE id = ?", tampered);
        } finally {
            jdbc.execute("ALTER TABLE case_audit ENABLE TRIGGER case_audit_no_update_or_delete");
        }

        ResponseEntity<Map> verified = http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/verify", Map.class);

        assertThat(verified.getBody()).containsEntry("intact", false)
                .containsEntry("firstBrokenId", (int) tampered);
        jdbc.execute("ALTER TABLE case_audit DISABLE TRIGGER case_audit_no_update_or_delete");
        try {
            jdbc.update("UPDATE case_audit SET user_id = 'tax1' WHERE id = ?", tampered);
        } finally {
            jdbc.execute("ALTER TABLE case_audit ENABLE TRIGGER case_audit_no_update_or_delete");
        }
    }

    private HttpStatus get(String user, String path) {
        return (HttpStatus) http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode();
    }

    private HttpStatus post(String user, String path) {
        return (HttpStatus) http.withBasicAuth(user, "demo").postForEntity(path, null, String.class).getStatusCode();
    }
}

package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Only the login page, static assets and health answer anonymously; webapps need their application grant. */
class EndpointAccessTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/api/cases", "/api/anything"})
    void machineEndpointsAnswer401WithoutCredentials(String path) {
        var response = http.getForEntity(path, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() {
        // the test client follows the redirect
        var response = http.getForEntity("/", String.class);

        assertThat(response.getBody()).contains("<title>登录 · 税费协同共治平台</title>");
    }

    @Test
    void healthAndLoginAnswerAnonymously() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(http.getForEntity("/login", String.class).getBody()).contains("lang=\"zh-CN\"", "登录");
    }

    @Test
    void wrongPasswordIsRefused() {
        // a throwaway user: wrong passwords make the engine lock the account out for a while
        identityService.saveUser(userWithPassword("lockout1", "Right#2026pass"));
        try {
            assertThat(http.withBasicAuth("lockout1", "wrong").getForEntity("/engine-rest/task", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            identityService.deleteUser("lockout1");
        }
    }

    private org.camunda.bpm.engine.identity.User userWithPassword(String id, String password) {
        var user = identityService.newUser(id);
        user.setPassword(password);
        return user;
    }

    @Test
    void courtClerkCannotOpenCockpitOrAdminButCanOpenTasklist() {
        var court = http.withBasicAuth("court1", "demo");

        assertThat(court.getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(court.getForEntity("/camunda/app/admin/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(court.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void administratorOpensEveryWebapp() {
        var admin = http.withBasicAuth("admin", "demo");

        for (String app : new String[] {"cockpit", "admin", "tasklist"}) {
            assertThat(admin.getForEntity("/camunda/app/" + app + "/default/", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void nobodyCanCreateAnAdministratorThroughCamundaAdminSetup() {
        var response = http.withBasicAuth("court1", "demo")
                .postForEntity("/camunda/api/admin/setup/default/user/create", "{}", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theProductTellsOfficersWhoTheyAreAndEngineRestIsTheAdministratorsAndRunsAsThem() {
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/api/me", String.class).getBody())
                .contains("\"departments\":[\"tax\"]", "\"jurisdictions\":[\"lyg\"]");
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/engine-rest/group?member=tax1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/group?member=admin", String.class)
                .getBody()).contains("\"id\":\"camunda-admin\"");
    }

    @Test
    void supervisorsAndLeadersNoLongerOpenCockpit() {
        for (String overseer : new String[] {"super1", "lead1"}) {
            assertThat(http.withBasicAuth(overseer, "demo").getForEntity("/camunda/app/cockpit/default/", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}

package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A court case system calls the API with a key an administrator issued; only the key's hash is kept. */
class CourtApiKeyTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCourtSystemSubmitsWithItsKeyAsTheCourtAccountItWasIssuedFor() {
        String key = issue("hzcourt1");

        ResponseEntity<JsonNode> created = withKey(key, HttpMethod.POST, "/api/court/cases",
                CourtRequests.auction("haizhou").toString());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = created.getBody().get("caseNumber").asText();
        assertThat(jdbc.queryForObject("SELECT filed_by FROM court_cases WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("hzcourt1");
        assertThat(withKey(key, HttpMethod.GET, "/api/court/cases/" + caseNumber, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // tck_{keyId}_{secret}; the secret's base64url may itself hold '_'
        String secret = key.split("_", 3)[2];
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_api_keys WHERE secret_hash LIKE ? OR key_id LIKE ?",
                Integer.class, "%" + secret + "%", "%" + secret + "%")).isZero();
    }

    @Test
    void aWrongOrRevokedKeyIsRefused() {
        String key = issue("hzcourt1");
        String keyId = key.split("_")[1];

        assertThat(withKey(key + "x", HttpMethod.GET, "/api/court/cases/PM-2026-000001", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("secadmin", "demo").exchange("/api/court/api-keys/" + keyId, HttpMethod.DELETE,
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(withKey(key, HttpMethod.POST, "/api/court/cases", CourtRequests.auction("haizhou").toString())
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyAdministratorsIssueKeysAndOnlyForCourtAccounts() {
        assertThat(CourtRequests.post(http, "hzcourt1", "/api/court/api-keys",
                CourtRequests.read("{\"userId\":\"hzcourt1\",\"label\":\"自己签发\"}")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> forTax = CourtRequests.post(http, "secadmin", "/api/court/api-keys",
                CourtRequests.read("{\"userId\":\"hztax1\",\"label\":\"税务\"}"));
        assertThat(forTax.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forTax.getBody().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    }

    private String issue(String user) {
        ResponseEntity<JsonNode> issued = CourtRequests.post(http, "secadmin", "/api/court/api-keys",
                CourtRequests.read("{\"userId\":\"" + user + "\",\"label\":\"海州法院执行案件系统\"}"));
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return issued.getBody().get("apiKey").asText();
    }

    private ResponseEntity<JsonNode> withKey(String key, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "ApiKey " + key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

package com.taxcollab.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read of a case file and every refusal leaves a row that nobody can change or remove. */
class CaseAuditTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseDocuments documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    static final String CITY_SUPERVISOR = "lygsuper1";

    String caseNumber;
    long documentId;

    @BeforeEach
    void openCase() {
        caseNumber = caseOpener.open(new NewCase(CaseType.ZY, "SkeletonCheckProcess", "lyg", "审计测试案件", "tax1",
                Map.of())).caseNumber();
        documentId = documents.store(caseNumber, "裁定书", "裁定书.pdf", SampleFiles.pdf("x"), "tax1");
    }

    @Test
    void readsOfPageApiAndDocumentAreRecordedWithUserCaseAndClientAddress() {
        http.withBasicAuth("tax1", "demo").getForEntity("/cases/" + caseNumber, String.class);
        http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/" + caseNumber, String.class);
        http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/" + caseNumber + "/documents/" + documentId,
                byte[].class);

        JsonNode items = audit("auditor", "caseNumber=" + caseNumber).getBody().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.findValuesAsText("action")).containsExactlyInAnyOrder("CASE_PAGE", "CASE_API", "DOCUMENT");
        assertThat(items.findValuesAsText("userId")).containsOnly("tax1");
        assertThat(items.findValuesAsText("granted")).containsOnly("true");
        assertThat(items.findValuesAsText("clientAddress")).containsOnly("127.0.0.1");
        assertThat(items.findValuesAsText("detail")).contains("文书 #" + documentId);
    }

    @Test
    void denialsAreRecordedToo() {
        http.withBasicAuth("hztax1", "demo").getForEntity("/cases/" + caseNumber, String.class);
        http.withBasicAuth("hztax1", "demo").getForEntity("/api/cases/" + caseNumber + "/documents/" + documentId,
                String.class);

        JsonNode items = audit("super1", "user=hztax1&caseNumber=" + caseNumber).getBody().get("items");
        assertThat(items.findValuesAsText("action")).containsExactlyInAnyOrder("CASE_PAGE", "DOCUMENT");
        assertThat(items.findValuesAsText("granted")).containsOnly("false");
    }

    @Test
    void supervisorsAndAdministratorsMayReadTheAuditTrailOthersMayNot() {
        assertThat(audit("super1", "caseNumber=" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit("auditor", "caseNumber=" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit("tax1", "caseNumber=" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSupervisorSeesOnlyTheTrailOfCasesInTheirJurisdictions() {
        String haizhouCase = caseOpener.open(new NewCase(CaseType.ZY, "SkeletonCheckProcess", "haizhou", "海州案件",
                "hztax1", Map.of())).caseNumber();
        http.withBasicAuth("hztax1", "demo").getForEntity("/api/cases/" + haizhouCase, String.class);
        http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/" + caseNumber, String.class);
        ensureCitySupervisor();

        assertThat(audit(CITY_SUPERVISOR, "caseNumber=" + haizhouCase).getBody().get("total").asLong()).isZero();
        assertThat(audit(CITY_SUPERVISOR, "caseNumber=" + caseNumber).getBody().get("total").asLong()).isEqualTo(1);
        assertThat(audit("super1", "caseNumber=" + haizhouCase).getBody().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void filtersByDayInChinaTime() {
        http.withBasicAuth("tax1", "demo").getForEntity("/api/cases/" + caseNumber, String.class);

        assertThat(audit("auditor", "caseNumber=" + caseNumber + "&from=2000-01-01&to=2000-12-31").getBody()
                .get("total").asLong()).isZero();
        assertThat(audit("auditor", "caseNumber=" + caseNumber + "&from=2000-01-01").getBody()
                .get("total").asLong()).isEqualTo(1);
        assertThat(audit("auditor", "from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void auditRowsCannotBeChangedOrRemovedEvenByTheDatabaseOwner() {
        http.withBasicAuth("hztax1", "demo").getForEntity("/api/cases/" + caseNumber, String.class);
        String where = " WHERE case_number = '" + caseNumber + "'";

        for (String change : List.of("UPDATE case_audit SET granted = TRUE" + where,
                "UPDATE case_audit SET user_id = 'someoneelse'" + where, "DELETE FROM case_audit" + where,
                "TRUNCATE case_audit")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change)
                    .isInstanceOfSatisfying(DataAccessException.class, refused -> assertThat(
                            refused.getMostSpecificCause().getMessage()).contains("case_audit is append-only"));
        }
        assertThat(jdbc.queryForList("SELECT user_id FROM case_audit" + where + " AND granted = FALSE", String.class))
                .containsExactly("hztax1");
    }

    /** A supervisor of the city only, unlike super1 who supervises every jurisdiction. */
    private void ensureCitySupervisor() {
        if (identityService.createUserQuery().userId(CITY_SUPERVISOR).count() == 0) {
            User user = identityService.newUser(CITY_SUPERVISOR);
            user.setFirstName("市督查");
            user.setPassword("demo");
            // a stand-in for a demo user: the demo password is exempt from the policy, as the demo users are
            ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
            identityService.createMembership(CITY_SUPERVISOR, "supervision");
            identityService.createTenantUserMembership("lyg", CITY_SUPERVISOR);
        }
    }

    private ResponseEntity<JsonNode> audit(String user, String query) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/audit?" + query, JsonNode.class);
    }
}

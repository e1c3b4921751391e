package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The page, the API, the documents, the diagram and search all apply the same rule, and a refusal
 * looks exactly like a case that does not exist.
 */
class CaseFileAccessTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseDocuments documents;

    String caseNumber;
    long documentId;

    /** A seizure case of Lianyungang, opened by tax with the registry involved; the tax task is open. */
    @BeforeEach
    void openLianyungangCase() {
        caseNumber = caseOpener.open(new NewCase(CaseType.CF, "SkeletonCheckProcess", "lyg", "查封协助 房产一处", "tax1",
                Map.of()).involving("realestate").withParties(
                new CaseParty(CaseParty.Kind.TAXPAYER, "连云港保密测试有限公司", "91320700MA1PRIV01X", null)))
                .caseNumber();
        documentId = documents.store(caseNumber, "协助执行通知书", "通知书.pdf", SampleFiles.pdf("notice"), "tax1");
    }

    @Test
    void anOfficerOfAnotherJurisdictionGetsNotFoundEverywhere() {
        assertHidden("hztax1");
    }

    @Test
    void anOfficerOfADepartmentThatIsNotInvolvedGetsNotFoundEverywhere() {
        assertHidden("gov1");
    }

    @Test
    void aCourtThatDidNotFileTheCaseGetsNotFoundEverywhere() {
        assertHidden("court1");
        assertHidden("hzcourt1");
    }

    @Test
    void refusalLooksLikeACaseThatDoesNotExist() {
        ResponseEntity<String> refused = http.withBasicAuth("hztax1", "demo").getForEntity("/api/cases/" + caseNumber,
                String.class);
        ResponseEntity<String> missing = http.withBasicAuth("hztax1", "demo").getForEntity("/api/cases/CF-2026-999999",
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().replace(caseNumber, "#")).isEqualTo(missing.getBody().replace("CF-2026-999999", "#"));
    }

    @Test
    void anOfficerOfAnInvolvedDepartmentSeesEverything() {
        assertVisible("tax1");
        assertVisible("registry1");
    }

    @Test
    void theSupervisorAndTheAdministratorSeeEverything() {
        assertVisible("super1");
        assertVisible("admin");
    }

    @Test
    void theInitiatorSeesTheCaseEvenWithoutAnInvolvedDepartment() {
        String filedByCourt = caseOpener.open(new NewCase(CaseType.PM, "SkeletonCheckProcess", "lyg", "拍卖税费指引",
                "court1", Map.of())).caseNumber();

        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/api/cases/" + filedByCourt, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("court1", "demo").getForEntity("/cases/" + filedByCourt, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertHidden(String user) {
        TestRestTemplate as = http.withBasicAuth(user, "demo");
        ResponseEntity<String> page = as.getForEntity("/cases/" + caseNumber, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("未找到案件").doesNotContain("连云港保密测试有限公司");
        assertThat(as.getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as.getForEntity("/api/cases/" + caseNumber + "/documents/" + documentId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as.getForEntity("/api/cases/" + caseNumber + "/diagram", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(search(as, caseNumber).get("total").asLong()).isZero();
        assertThat(search(as, "连云港保密测试有限公司").get("total").asLong()).isZero();
    }

    private void assertVisible(String user) {
        TestRestTemplate as = http.withBasicAuth(user, "demo");
        ResponseEntity<String> page = as.getForEntity("/cases/" + caseNumber, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(caseNumber, "连云港保密测试有限公司", "91320700MA1PRIV01X");
        assertThat(as.getForEntity("/api/cases/" + caseNumber, JsonNode.class).getBody().get("caseNumber").asText())
                .isEqualTo(caseNumber);
        assertThat(as.getForEntity("/api/cases/" + caseNumber + "/documents/" + documentId, byte[].class).getBody())
                .isEqualTo(SampleFiles.pdf("notice"));
        assertThat(search(as, caseNumber).get("items").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
    }

    private static JsonNode search(TestRestTemplate as, String q) {
        ResponseEntity<JsonNode> response = as.getForEntity("/api/cases?q={q}", JsonNode.class, q);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}

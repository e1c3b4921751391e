package com.taxcollab.cases.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseParty.Kind;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Search finds cases by number, 案号, taxpayer name or USCC, within what the caller may read, masked. */
class CaseSearchTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseRegistry registry;

    /** Makes this test's taxpayers unique in the shared database. */
    String tag;
    String residentId;
    String uscc;
    String bankruptcy;
    String auction;

    @BeforeEach
    void openCases() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        residentId = "3207061980" + (int) (Math.random() * 90000000 + 10000000);
        uscc = "91320700MA" + tag.toUpperCase();
        bankruptcy = caseOpener.open(new NewCase(CaseType.PC, "SkeletonCheckProcess", "lyg",
                "（2026）苏0706破" + tag + "号 破产清算", "court1", Map.of()).involving("court").withParties(
                new CaseParty(Kind.DEBTOR, "连云港" + tag + "贸易有限公司", uscc, "债务人"))).caseNumber();
        auction = caseOpener.open(new NewCase(CaseType.PM, "SkeletonCheckProcess", "lyg", "房产拍卖 " + tag,
                "court1", Map.of()).withParties(new CaseParty(Kind.DEBTOR, "张" + tag, residentId, "被执行人")))
                .caseNumber();
    }

    @Test
    void findsByCaseNumberCourtCaseNumberTaxpayerNameAndFullUscc() {
        assertThat(caseNumbers(search("tax1", "q=" + bankruptcy))).containsExactly(bankruptcy);
        assertThat(caseNumbers(search("tax1", "q=苏0706破" + tag))).containsExactly(bankruptcy);
        assertThat(caseNumbers(search("tax1", "q=" + tag + "贸易"))).containsExactly(bankruptcy);
        assertThat(caseNumbers(search("tax1", "q=" + uscc.toLowerCase()))).containsExactly(bankruptcy);
    }

    @Test
    void aCourtCaseNumberWrittenWithAsciiBracketsFindsOneWrittenWithFullWidthOnes() {
        assertThat(caseNumbers(search("tax1", "q=(2026)苏0706破" + tag + "号"))).containsExactly(bankruptcy);
    }

    @Test
    void aPartOfAnIdentityNumberFindsNothing() {
        assertThat(search("tax1", "q=" + residentId.substring(0, 10)).get("total").asLong()).isZero();
        assertThat(caseNumbers(search("tax1", "q=" + residentId))).containsExactly(auction);
    }

    @Test
    void identityNumbersAreMaskedInTheResults() {
        JsonNode party = search("tax1", "q=" + residentId).get("items").get(0).get("parties").get(0);

        assertThat(party.get("maskedIdNumber").asText()).isEqualTo(residentId.substring(0, 6) + "********"
                + residentId.substring(14));
        assertThat(search("tax1", "q=" + residentId).toString()).doesNotContain(residentId.substring(6, 14));
    }

    @Test
    void theSearchPageMasksIdentityNumbersToo() {
        String page = http.withBasicAuth("tax1", "demo").getForObject("/cases?q={q}", String.class, residentId);
        String results = page.substring(page.indexOf("id=\"search-results\""));

        assertThat(results).contains(auction, residentId.substring(0, 6) + "********").doesNotContain(residentId);
    }

    @Test
    void filtersByTypeStatusJurisdictionAndDateAndSortsByLastActivity() {
        assertThat(caseNumbers(search("tax1", "q=" + tag + "&type=PM"))).containsExactly(auction);
        assertThat(caseNumbers(search("tax1", "q=" + tag + "&jurisdiction=haizhou"))).isEmpty();
        assertThat(caseNumbers(search("tax1", "q=" + tag + "&to=2000-01-01"))).isEmpty();
        assertThat(caseNumbers(search("tax1", "q=" + tag))).containsExactly(auction, bankruptcy);

        registry.close(bankruptcy, CaseStatus.CLOSED, OffsetDateTime.now().plusMinutes(1));

        assertThat(caseNumbers(search("tax1", "q=" + tag))).containsExactly(bankruptcy, auction);
        assertThat(caseNumbers(search("tax1", "q=" + tag + "&status=CLOSED"))).containsExactly(bankruptcy);
    }

    @Test
    void resultsComeInPages() {
        JsonNode first = search("tax1", "q=" + tag + "&size=1");
        JsonNode second = search("tax1", "q=" + tag + "&size=1&page=1");

        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(caseNumbers(first)).hasSize(1);
        assertThat(caseNumbers(second)).hasSize(1).doesNotContainAnyElementsOf(caseNumbers(first));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("tax1", "demo")
                .getForEntity("/api/cases?type=XX&from=yesterday&size=1000", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("type", "from", "size");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("未知案件类型");
    }

    @Test
    void onlyReadableCasesAreFound() {
        assertThat(search("hztax1", "q=" + tag).get("total").asLong()).isZero();
        assertThat(search("registry1", "q=" + tag).get("total").asLong()).isZero();
        assertThat(caseNumbers(search("court1", "q=" + tag))).containsExactlyInAnyOrder(auction, bankruptcy);
        assertThat(caseNumbers(search("super1", "q=" + tag))).containsExactlyInAnyOrder(auction, bankruptcy);
    }

    private JsonNode search(String user, String query) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").getForEntity("/api/cases?" + query,
                JsonNode.class);
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> caseNumbers(JsonNode page) {
        return page.get("items").findValuesAsText("caseNumber");
    }
}

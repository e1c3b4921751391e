package com.taxcollab.cases.official;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.system.Sm3;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 税费指引 a court receives, as it receives it: an official document with its 文号, authority, date in
 * Chinese numerals, amounts to the fen, a party's rare name in an embedded font, and a digest the court
 * checks at {@code GET /api/documents/verify}.
 */
class OfficialDocumentsTest extends IntegrationTest {

    /** A character of CJK Extension B (U+2003E), as in some people's names. */
    private static final String RARE = new String(Character.toChars(0x2003E));
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("连税协〔(\\d{4})〕(\\d+)号");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theGuidanceIsAnOfficialDocumentTheCourtCanCheck() throws IOException {
        String owner = "王" + RARE + "明";
        String caseNumber = auction(owner);
        guide(caseNumber);

        Map<String, Object> issued = jdbc.queryForMap("SELECT document_id, document_number FROM issued_documents"
                + " WHERE case_number = ?", caseNumber);
        byte[] pdf = http.withBasicAuth("court1", "demo").getForObject("/api/cases/" + caseNumber + "/documents/"
                + issued.get("document_id"), byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("国家税务总局连云港市税务局", "连云港市中级人民法院：", "税费指引", owner,
                    "（经办人：王税务）", caseNumber);
            Matcher number = DOCUMENT_NUMBER.matcher(text);
            assertThat(number.find()).as("the 文号 in %s", text).isTrue();
            assertThat(number.group()).isEqualTo(issued.get("document_number"));
            assertThat(text).containsPattern("二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日");
            assertThat(text).as("amounts to the fen").contains("12,000.00 元").containsPattern("合计约[0-9,]+\\.\\d{2} 元");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
                }
            }
            // what a court receives, page by page, for a reader to look at (docs/images holds page 1)
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 72);
                ImageIO.write(image, "png", new File("target/official-document-page-" + (page + 1) + ".png"));
            }
        }

        ResponseEntity<Map> verified = http.withBasicAuth("court1", "demo").getForEntity(
                "/api/documents/verify?digest=" + Sm3.hex(pdf), Map.class);
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verified.getBody()).containsEntry("valid", true).containsEntry("matched", "文件")
                .containsEntry("caseNumber", caseNumber).containsEntry("documentNumber", issued.get("document_number"));

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        ResponseEntity<String> refused = http.withBasicAuth("court1", "demo").getForEntity(
                "/api/documents/verify?digest=" + Sm3.hex(changed), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody()).contains("文书可能已被改动");
        ResponseEntity<String> malformed = http.withBasicAuth("court1", "demo").getForEntity(
                "/api/documents/verify?digest=abc", String.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).contains("\"digest\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDigestPrintedOnTheDocumentFindsItToo() throws IOException {
        String caseNumber = auction("钱多多");
        guide(caseNumber);
        Map<String, Object> issued = jdbc.queryForMap("SELECT document_id, text_sm3 FROM issued_documents"
                + " WHERE case_number = ?", caseNumber);
        byte[] pdf = http.withBasicAuth("court1", "demo").getForObject("/api/cases/" + caseNumber + "/documents/"
                + issued.get("document_id"), byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("SM3摘要" + issued.get("text_sm3"));
        }
        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/documents/verify?digest="
                + issued.get("text_sm3"), Map.class)).containsEntry("matched", "文本");
        Map<String, Object> file = http.withBasicAuth("tax1", "demo").getForObject("/api/cases/" + caseNumber,
                Map.class);
        assertThat((List<Map<String, Object>>) file.get("requiredDocuments")).as("the issued guidance is on file")
                .contains(Map.of("kind", "税费指引", "onFile", true), Map.of("kind", "执行裁定书", "onFile", false));
    }

    @Test
    void eachAuthorityNumbersItsDocumentsOfTheYearWithoutGaps() {
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String caseNumber = auction("孙" + i);
            guide(caseNumber);
            Matcher number = DOCUMENT_NUMBER.matcher(jdbc.queryForObject("SELECT document_number FROM issued_documents"
                    + " WHERE case_number = ?", String.class, caseNumber));
            assertThat(number.matches()).isTrue();
            numbers.add(Integer.parseInt(number.group(2)));
        }
        assertThat(numbers.get(1)).isEqualTo(numbers.get(0) + 1);
    }

    private String auction(String owner) {
        Map<String, Object> form = new HashMap<>();
        form.put("courtName", "连云港市中级人民法院");
        form.put("courtCaseNumber", "（2026）苏07执" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "号");
        form.put("propertyKind", "住宅");
        form.put("propertyLocation", "海州区通灌北路88号3幢1202室");
        form.put("propertyArea", 118.6);
        form.put("appraisalPrice", 1500000);
        form.put("reservePrice", 1050000);
        form.put("ownerKind", "INDIVIDUAL");
        form.put("ownerName", owner);
        form.put("ownerIdNumber", Identities.residentId());
        form.put("auctionPlatform", "人民法院诉讼资产网");
        form.put("plannedDate", java.time.LocalDate.now().plusDays(20).toString());
        ResponseEntity<Map> opened = http.withBasicAuth("court1", "demo").postForEntity("/api/cases", Map.of(
                "type", "PM", "jurisdiction", "lyg", "variables", form), Map.class);
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("caseNumber");
    }

    @SuppressWarnings("unchecked")
    private void guide(String caseNumber) {
        List<Map<String, Object>> todo = http.withBasicAuth("tax1", "demo").getForObject(
                "/api/tasks?view=todo&q=" + caseNumber, List.class);
        String task = (String) todo.stream().filter(t -> "Task_IssueGuidance".equals(t.get("taskKey"))).findFirst()
                .orElseThrow().get("id");
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/tasks/" + task + "/complete",
                Map.of("variables", Map.of("knownArrears", 12000, "guidanceNotes", "请在拍卖公告中列明欠税。")),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}

package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.IntegrationTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Documents by API: what is accepted, what is refused with nothing stored, and the hash on download. */
class DocumentUploadTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;

    @BeforeEach
    void openCase() {
        caseNumber = caseOpener.open(new NewCase(CaseType.PM, "SkeletonCheckProcess", "lyg", "拍卖税费指引 文书测试",
                "court1", Map.of())).caseNumber();
    }

    @Test
    void aPdfIsStoredWithItsHashUploaderAndKindAndComesBackIntact() throws Exception {
        byte[] pdf = SampleFiles.pdf("裁定书正文");

        ResponseEntity<JsonNode> created = upload("court1", "裁定书", "（2026）苏0706执123号裁定书.pdf", pdf);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = created.getBody();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(document.get("sha256").asText()).isEqualTo(sha256);
        assertThat(document.get("kind").asText()).isEqualTo("裁定书");
        assertThat(document.get("uploadedBy").asText()).isEqualTo("court1");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");

        ResponseEntity<byte[]> download = http.withBasicAuth("tax1", "demo")
                .getForEntity(created.getHeaders().getLocation().toString(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getFirst(DocumentController.CHECKSUM_HEADER)).isEqualTo(sha256);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("（2026）苏0706执123号裁定书.pdf");
    }

    @Test
    void aSupervisorReadsTheCaseFileButAddsNothingToIt() {
        ResponseEntity<JsonNode> refused = upload("super1", "其他", "督查意见.pdf", SampleFiles.pdf("督查"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedDocuments()).isZero();
        assertThat(jdbc.queryForList("SELECT granted FROM case_audit WHERE case_number = ? AND action = 'DOCUMENT_UPLOAD'",
                Boolean.class, caseNumber)).containsOnly(false);
    }

    @Test
    void ofdJpegAndPngAreAcceptedToo() {
        assertThat(upload("tax1", "税费指引", "指引.ofd", SampleFiles.ofd()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload("tax1", "其他", "现场.jpg", SampleFiles.jpeg()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload("tax1", "其他", "截图.png", SampleFiles.png()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedDocuments()).isEqualTo(3);
    }

    @Test
    void aRenamedExecutableIsRefusedAndNothingStored() {
        assertRefused(upload("tax1", "裁定书", "裁定书.pdf", SampleFiles.executable()), "file", "文件类型不受支持");
    }

    @Test
    void aFileOfTwentyOneMegabytesIsRefusedAndNothingStored() {
        assertRefused(upload("tax1", "裁定书", "扫描件.pdf", SampleFiles.pdfOfSize(21 * 1024 * 1024)), "file",
                "不能超过 20 MB");
    }

    @Test
    void anEmptyFileIsRefusedAndNothingStored() {
        assertRefused(upload("tax1", "裁定书", "空白.pdf", new byte[0]), "file", "文件为空");
    }

    @Test
    void anImageNamedLikeAPdfIsRefusedBecauseTheContentDecides() {
        assertRefused(upload("tax1", "裁定书", "裁定书.pdf", SampleFiles.png()), "file", "扩展名与内容不符");
    }

    @Test
    void aDocumentWithoutKindIsRefusedAndNothingStored() {
        assertRefused(upload("tax1", " ", "裁定书.pdf", SampleFiles.pdf("x")), "kind", "文书类型");
    }

    @Test
    void someoneWhoMayNotReadTheCaseCannotUploadEither() {
        assertThat(upload("hztax1", "裁定书", "裁定书.pdf", SampleFiles.pdf("x")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedDocuments()).isZero();
        assertThat(jdbc.queryForList("SELECT granted FROM case_audit WHERE case_number = ? AND action = 'DOCUMENT_UPLOAD'",
                Boolean.class, caseNumber)).as("a refused upload is audited as refused").containsOnly(false);
    }

    @Test
    void aTamperedDocumentIsRefusedOnDownload() {
        ResponseEntity<JsonNode> created = upload("tax1", "税费指引", "指引.pdf", SampleFiles.pdf("应纳税额 10000 元"));
        long id = created.getBody().get("id").asLong();
        jdbc.update("UPDATE case_documents SET content = ? WHERE id = ?", SampleFiles.pdf("应纳税额 1 元"), id);

        ResponseEntity<JsonNode> download = http.withBasicAuth("tax1", "demo")
                .getForEntity(created.getHeaders().getLocation().toString(), JsonNode.class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(download.getBody().get("detail").asText()).contains("指引.pdf", "篡改");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_audit WHERE case_number = ?"
                + " AND action = 'DOCUMENT_INTEGRITY_FAILURE'", Long.class, caseNumber)).isEqualTo(1);
    }

    private void assertRefused(ResponseEntity<JsonNode> response, String field, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains(message);
        assertThat(storedDocuments()).isZero();
    }

    private long storedDocuments() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_documents WHERE case_number = ?", Long.class, caseNumber);
    }

    private ResponseEntity<JsonNode> upload(String user, String kind, String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("kind", kind);
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/api/cases/" + caseNumber + "/documents",
                new HttpEntity<>(body, headers), JsonNode.class);
    }
}

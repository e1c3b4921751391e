package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Opening batches: who may, bad input, and the spreadsheet way in. */
class RectificationApiTest extends RectificationScenarioSupport {

    @Test
    void onlySupervisorsOpenBatches() {
        ResponseEntity<String> response = rest.withBasicAuth("tax1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "越权", "jurisdiction", "lyg", "items", List.of(item("问题", "tax", "2027-01-15"))),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void largeBatchesAndFindingsAtTheirLimitsAreRegistered() {
        now("2026-09-21T10:00:00");
        List<Map<String, Object>> fifteen = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            fifteen.add(Map.of("problem", "问".repeat(150), "requirement", "改".repeat(100), "department", "tax",
                    "personName", "张三", "dueDate", "2026-10-30"));
        }
        ResponseEntity<Map> many = rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "十五项督查通报", "jurisdiction", "lyg", "items", fifteen), Map.class);
        assertThat(many.getStatusCode()).as(String.valueOf(many.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(itemIds((String) many.getBody().get("caseNumber"))).hasSize(15);

        ResponseEntity<Map> atLimits = rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "长文本督查通报", "jurisdiction", "lyg", "items", List.of(Map.of("problem", "问".repeat(2000),
                        "requirement", "改".repeat(2000), "department", "tax", "personName", "张三",
                        "dueDate", "2026-10-30"))), Map.class);
        assertThat(atLimits.getStatusCode()).as(String.valueOf(atLimits.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badItemsAreNamedFieldByFieldInChineseAndNothingIsOpened() {
        long cases = casesCount();
        ResponseEntity<Map> response = rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "督查通报", "jurisdiction", "lyg", "items", List.of(
                        item("好问题", "tax", "2099-01-15"),
                        Map.of("problem", "坏问题", "requirement", "整改", "department", "nosuch", "dueDate", "2020-01-01"),
                        Map.of("problem", "", "requirement", "整改", "department", "税务局", "dueDate", "明天",
                                "personIdNumber", "123"))),
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("items[1].department", "items[1].dueDate",
                "items[2].problem", "items[2].personIdNumber", "items[2].dueDate");
        assertThat(response.getBody().toString()).contains("未知的责任部门", "整改期限须晚于今天");
        assertThat(casesCount()).isEqualTo(cases);
    }

    @Test
    void templateOffersTheColumnsToFillIn() throws IOException {
        ResponseEntity<byte[]> response = rest.withBasicAuth("super1", "demo")
                .getForEntity("/api/rectifications/template.xlsx", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("问题描述");
            assertThat(header.getCell(5).getStringCellValue()).startsWith("整改期限");
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
    }

    @Test
    void uploadedSpreadsheetOpensABatchWithEveryRow() throws IOException {
        byte[] sheet = spreadsheet(new String[] {"发票虚开风险排查不到位", "一月内完成排查", "tax", "李四", "", "2099-03-01"},
                new String[] {"司法拍卖税费告知不全", "完善告知书", "人民法院", "", "", "2099-03-15"});
        ResponseEntity<Map> response = upload("一季度督查通报", "lyg", sheet);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        assertThat(caseNumber).startsWith("ZG-");
        assertThat(jdbc.queryForList("SELECT department FROM rectification_items WHERE case_number = ? ORDER BY position",
                String.class, caseNumber)).containsExactly("tax", "court");
        assertThat(instance(caseNumber)).isNotNull();
    }

    @Test
    void uploadWithABadRowIsRejectedWholeRowByRow() throws IOException {
        long cases = casesCount();
        long items = jdbc.queryForObject("SELECT COUNT(*) FROM rectification_items", Long.class);
        byte[] sheet = spreadsheet(new String[] {"问题甲", "要求甲", "tax", "", "", "2099-03-01"},
                new String[] {"问题乙", "要求乙", "不存在的部门", "", "", "2099-03-01"},
                new String[] {"问题丙", "", "tax", "", "", "2099/13/01"});
        ResponseEntity<Map> response = upload("有错的通报", "lyg", sheet);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("rows[3].department", "rows[4].requirement",
                "rows[4].dueDate");
        assertThat(messages(response)).anyMatch(m -> m.startsWith("第3行：未知的责任部门"))
                .anyMatch(m -> m.startsWith("第4行："));
        assertThat(casesCount()).isEqualTo(cases);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rectification_items", Long.class)).isEqualTo(items);
    }

    @Test
    void uploadThatIsNoSpreadsheetIsRefused() {
        ResponseEntity<Map> response = upload("通报", "lyg", "not a workbook".getBytes());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("file");
    }

    private ResponseEntity<Map> upload(String title, String jurisdiction, byte[] content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("title", title);
        body.add("jurisdiction", jurisdiction);
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "items.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("super1", "demo").postForEntity("/api/rectifications/upload",
                new HttpEntity<>(body, headers), Map.class);
    }

    static byte[] spreadsheet(String[]... rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("整改事项");
            sheet.createRow(0).createCell(0).setCellValue("问题描述");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long casesCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class);
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> messages(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("message"))
                .toList();
    }
}

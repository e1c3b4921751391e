package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The ledger (整改台账) and its export: filters, who sees what, masked ID numbers. */
class LedgerTest extends RectificationScenarioSupport {

    @Test
    void unitSeesOnlyItsOwnItemsAndSupervisorsSeeTheirJurisdictions() {
        now("2026-09-21T10:00:00");
        String city = openBatch("lyg", item("市税务问题", "tax", "2026-10-09"), item("市法院问题", "court", "2026-10-09"));
        String haizhou = openBatch("haizhou", item("海州税务问题", "tax", "2026-10-09"));

        assertThat(problems("tax1", "batch=" + city)).containsExactly("市税务问题");
        assertThat(problems("court1", "batch=" + city)).containsExactly("市法院问题");
        assertThat(problems("tax1", "batch=" + haizhou)).isEmpty();
        assertThat(problems("hztax1", "batch=" + haizhou)).containsExactly("海州税务问题");
        assertThat(problems("hztax1", "batch=" + city)).isEmpty();
        assertThat(problems("super1", "batch=" + city)).containsExactlyInAnyOrder("市税务问题", "市法院问题");
        assertThat(problems("super1", "batch=" + haizhou)).containsExactly("海州税务问题");
        assertThat(problems("lead1", "batch=" + city)).hasSize(2);
        assertThat(problems("lead1", "batch=" + haizhou)).as("leadership of the city only").isEmpty();
        assertThat(problems("registry1", "batch=" + city)).isEmpty();
    }

    @Test
    void filtersByLightStatusDepartmentAndJurisdictionAndShowsOverdueFigures() {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("早到期", "tax", "2026-09-25"), item("晚到期", "court", "2026-12-31"));
        long early = itemIds(batch).get(0);
        now("2026-10-09T10:00:00");
        runDueJobs(batch);

        assertThat(problems("super1", "batch=" + batch + "&light=RED")).containsExactly("早到期");
        assertThat(problems("super1", "batch=" + batch + "&light=green")).containsExactly("晚到期");
        assertThat(problems("super1", "batch=" + batch + "&department=court")).containsExactly("晚到期");
        assertThat(problems("super1", "batch=" + batch + "&jurisdiction=haizhou")).isEmpty();
        assertThat(problems("super1", "batch=" + batch + "&status=OPEN")).hasSize(2);
        assertThat(problems("super1", "batch=" + batch + "&status=CLOSED")).isEmpty();

        Map<String, Object> line = items("super1", "batch=" + batch + "&light=RED").get(0);
        // 25 Sep → 9 Oct: 28, 29, 30 Sep and 8, 9 Oct
        assertThat(line).containsEntry("overdueWorkingDays", 5).containsEntry("lightLabel", "红灯")
                .containsEntry("batch", batch).containsEntry("batchTitle", "督查通报测试")
                .containsEntry("person", "张三").containsEntry("personIdNumber", "110105********002X")
                .containsEntry("extensions", 0).containsEntry("returns", 0).containsEntry("closedAt", null);
        assertThat(early).isPositive();
    }

    @Test
    void badFiltersAreNamed() {
        ResponseEntity<Map> response = rest.withBasicAuth("super1", "demo")
                .getForEntity("/api/rectifications/items?light=PURPLE&status=DONE", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RectificationApiTest.fields(response)).containsExactlyInAnyOrder("light", "status");
    }

    @Test
    void pagesAreCountedAndSized() {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("一", "tax", "2026-10-09"), item("二", "tax", "2026-10-10"),
                item("三", "tax", "2026-10-12"));
        Map<String, Object> page = page("super1", "batch=" + batch + "&page=1&size=2");
        assertThat(page).containsEntry("total", 3).containsEntry("totalCapped", false).containsEntry("page", 1).containsEntry("size", 2);
        assertThat((List<?>) page.get("items")).hasSize(1);
    }

    @Test
    void exportOpensInExcelWithChineseHeadersAndMaskedIdNumbers() throws IOException {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("导出问题一", "tax", "2026-10-09"), item("导出问题二", "court", "2026-10-09"));
        List<List<String>> rows = export("super1", "batch=" + batch);
        assertThat(rows.get(0)).containsExactlyElementsOf(LedgerController.EXPORT_HEADERS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains(batch, "导出问题一", "税务局", "连云港市", "张三", "110105********002X",
                "2026-10-09", "绿灯", "整改中");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList())).doesNotContain("11010519491231002X");

        assertThat(export("tax1", "batch=" + batch)).hasSize(2).element(1).asList().contains("导出问题一");
    }

    private List<List<String>> export(String user, String query) throws IOException {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/rectifications/items.xlsx?" + query, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).contains("spreadsheetml");
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("整改台账");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private Map<String, Object> page(String user, String query) {
        ResponseEntity<Map> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/rectifications/items?" + query, Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String user, String query) {
        return (List<Map<String, Object>>) page(user, query).get("items");
    }

    private List<String> problems(String user, String query) {
        return items(user, query).stream().map(i -> (String) i.get("problem")).toList();
    }
}

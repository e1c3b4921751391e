package com.taxcollab.assessment;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 常态化督查通报: on the first working day of a month the product opens last month's circular for
 * supervision with a draft of the month's figures; a leader returns it once and then approves it; it is
 * issued as the supervision office's official document to every department.
 */
class MonthlyCircularProcessTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    MonthlyCirculars circulars;

    @Test
    @SuppressWarnings("unchecked")
    void theFirstWorkingDayOpensLastMonthsCircularWhichIsDraftedReturnedApprovedAndIssuedToAll()
            throws IOException {
        ClockUtil.setCurrentTime(at("2026-09-10T10:00:00+08:00"));
        // September's work in lyg: a dispute whose negotiation falls to tax
        assertThat(http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of("jurisdiction", "lyg",
                "departments", List.of("court", "realestate"), "matter", "通报测试争议", "description", "九月的协同事项"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ClockUtil.setCurrentTime(at("2026-09-21T10:00:00+08:00"));
        assertThat(circulars.nextRun()).as("October's first working day is the 8th, after National Day")
                .isEqualTo(at("2026-10-08T09:00:00+08:00"));
        String job = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ?", String.class,
                CircularJob.TYPE);

        ClockUtil.setCurrentTime(at("2026-10-08T09:00:00+08:00"));
        managementService.executeJob(job);
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM cases WHERE case_type = 'TB'"
                + " AND title = '2026年9月督查通报（连云港市）'", String.class);
        assertThat(jdbc.queryForObject("SELECT DUEDATE_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ?",
                java.sql.Timestamp.class, CircularJob.TYPE).toInstant()).as("the next one: 2 November, a Monday")
                .isEqualTo(at("2026-11-02T09:00:00+08:00").toInstant());
        circulars.openForLastMonth();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cases WHERE title = '2026年9月督查通报（连云港市）'",
                Integer.class)).as("opened once").isEqualTo(1);

        Map<String, Object> draft = task("super1", caseNumber, "Task_DraftCircular");
        String text = (String) ((Map<String, Object>) draft.get("values")).get("circularText");
        Map<String, Object> assessment = http.withBasicAuth("super1", "demo").getForObject(
                "/api/assessment?from=2026-09-01&to=2026-09-30&jurisdiction=lyg", Map.class);
        List<Map<String, Object>> ranking = (List<Map<String, Object>>) assessment.get("departments");
        assertThat(ranking).as("September has duties in lyg").isNotEmpty();
        Map<String, Object> first = ranking.get(0);
        assertThat(text).as("the draft holds the month's figures, ranked as /assessment ranks them")
                .contains("一、总体情况。2026年9月", "二、各部门按期办结率排名", "1．" + first.get("departmentName") + "：按期办结率",
                        "接收" + first.get("received") + "件");

        String edited = text + "\n五、请各部门于10月15日前报送整改情况。";
        complete("super1", id(draft), Map.of("circularText", edited));
        Map<String, Object> approval = task("lead1", caseNumber, "Task_ApproveCircular");
        complete("lead1", id(approval), Map.of("circularApproval", "RETURN",
                "approvalComment", "请补充逾期单位的具体事项。"));
        Map<String, Object> again = task("super1", caseNumber, "Task_DraftCircular");
        assertThat(((Map<String, Object>) again.get("values")).get("circularText")).as("returned, the text as left")
                .isEqualTo(edited);
        complete("super1", id(again), Map.of("circularText", edited + "\n六、逾期事项清单见案卷。"));
        complete("lead1", id(task("lead1", caseNumber, "Task_ApproveCircular")),
                Map.of("circularApproval", "APPROVE"));

        Map<String, Object> issued = jdbc.queryForMap("SELECT document_id, document_number, authority"
                + " FROM issued_documents WHERE case_number = ?", caseNumber);
        assertThat((String) issued.get("document_number")).matches("连政督〔2026〕\\d+号");
        assertThat(issued.get("authority")).isEqualTo("连云港市人民政府督查室");
        byte[] pdf = http.withBasicAuth("tax1", "demo").getForObject("/api/cases/" + caseNumber + "/documents/"
                + issued.get("document_id"), byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(printed).as("a department reads the ranking in the issued circular").contains("各有关部门：",
                    "关于2026年9月税费协同共治工作情况的通报", "1．" + first.get("departmentName") + "：按期办结率",
                    "六、逾期事项清单见案卷。", (String) issued.get("document_number"));
        }
        for (String officer : List.of("tax1", "court1", "registry1", "police1")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE recipient = ?"
                    + " AND event = 'DOCUMENT_ISSUED' AND case_number = ?", Integer.class, officer, caseNumber))
                    .as("%s is told", officer).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM cases WHERE case_number = ?", String.class, caseNumber))
                .isEqualTo("CLOSED");
        List<Map<String, Object>> listed = http.withBasicAuth("tax1", "demo").getForObject(
                "/api/circulars?q=2026年9月", List.class);
        assertThat(listed).extracting(c -> c.get("documentNumber")).contains(issued.get("document_number"));
        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/circulars?q=没有这一期", List.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> task(String user, String caseNumber, String taskKey) {
        List<Map<String, Object>> todo = http.withBasicAuth(user, "demo").getForObject(
                "/api/tasks?view=todo&q=" + caseNumber, List.class);
        String id = (String) todo.stream().filter(t -> taskKey.equals(t.get("taskKey"))).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " not in " + user + "'s 待办: " + todo)).get("id");
        return http.withBasicAuth(user, "demo").getForObject("/api/tasks/" + id, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> detail) {
        return (String) ((Map<String, Object>) detail.get("task")).get("id");
    }

    private void complete(String user, String taskId, Map<String, Object> values) {
        ResponseEntity<String> done = http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId
                + "/complete", Map.of("variables", values), String.class);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}

package com.taxcollab.assessment;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.seizure.SeizureRequests;
import com.taxcollab.support.Browser;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month of work in 海州区 across three processes — a dispute, a seizure, an assistance request —
 * with duties done on time, done late and still overdue, then each department's figures on
 * {@code /api/assessment}, checked against a count made here from the engine's own history; then
 * the drill-down to the cases behind a number, the xlsx, and super1 doing the same in Chromium.
 */
class AssessmentTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisation organisation;
    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void eachDepartmentsFiguresMatchAnIndependentCountOfTheMonth() throws IOException {
        EngineSteps steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2027-03-01T10:00:00+08:00"));
        String dispute = (String) http.withBasicAuth("hzcourt1", "demo").postForEntity("/api/disputes",
                Map.of("jurisdiction", "haizhou", "departments", List.of("court", "tax"), "matter", "考核月份争议",
                        "description", "三月份的考核样本"), Map.class).getBody().get("caseNumber");
        String seizure = (String) http.withBasicAuth("hztax1", "demo").postForEntity("/api/seizures",
                SeizureRequests.valid("haizhou"), Map.class).getBody().get("caseNumber");
        String assistance = (String) http.withBasicAuth("hztax1", "demo").postForEntity("/api/assistance",
                envtaxReview(), Map.class).getBody().get("caseNumber");
        assertThat(List.of(dispute, seizure, assistance)).doesNotContainNull();

        ClockUtil.setCurrentTime(at("2027-03-03T10:00:00+08:00"));
        steps.complete(http, "hztax1", steps.task(dispute, "Task_Negotiate"),
                Map.of("negotiationOutcome", "AGREED", "agreementText", "按月推送交易数据。"));
        ClockUtil.setCurrentTime(at("2027-03-04T10:00:00+08:00"));
        steps.complete(http, "hztax1", confirmation(steps, dispute, "tax"), Map.of("confirmation", "CONFIRM"));
        ClockUtil.setCurrentTime(at("2027-03-05T10:00:00+08:00"));
        steps.complete(http, "hzeco1", steps.task(assistance, "Task_Answer"), Map.of("assistanceAnswer", "ANSWER",
                "verdict", "TRUE", "answerText", "申报属实。"));
        ClockUtil.setCurrentTime(at("2027-03-09T10:00:00+08:00"));
        steps.complete(http, "hztax1", steps.task(assistance, "Task_ReviewAnswer"), Map.of("answerReview", "CONFIRM"));
        ClockUtil.setCurrentTime(at("2027-03-12T10:00:00+08:00"));
        steps.complete(http, "hzcourt1", confirmation(steps, dispute, "court"), Map.of("confirmation", "CONFIRM"));

        ClockUtil.setCurrentTime(at("2027-03-31T12:00:00+08:00"));
        Map<String, Object> assessment = http.withBasicAuth("super1", "demo").getForObject(
                "/api/assessment?from=2027-03-01&to=2027-03-31&jurisdiction=haizhou", Map.class);
        Map<String, Map<String, Object>> byDepartment = new TreeMap<>();
        ((List<Map<String, Object>>) assessment.get("departments"))
                .forEach(row -> byDepartment.put((String) row.get("department"), row));

        Map<String, int[]> independent = countFromHistory();
        assertThat(byDepartment.keySet()).containsExactlyInAnyOrderElementsOf(independent.keySet());
        independent.forEach((department, c) -> assertThat(byDepartment.get(department)).as(department)
                .containsEntry("received", c[0]).containsEntry("onTime", c[1]).containsEntry("late", c[2])
                .containsEntry("openInTime", c[3]).containsEntry("overdue", c[4]));
        assertThat(byDepartment.get("court")).as("confirmed two days late").containsEntry("late", 1)
                .containsEntry("onTimeRate", 0.0);
        assertThat(byDepartment.get("tax")).containsEntry("onTime", 3).containsEntry("onTimeRate", 100.0);
        assertThat(((List<Map<String, Object>>) assessment.get("departments")).get(0).get("onTimeRate"))
                .as("best rate first").isEqualTo(100.0);

        String period = "from=2027-03-01&to=2027-03-31&jurisdiction=haizhou";
        List<Map<String, Object>> overdue = http.withBasicAuth("super1", "demo").getForObject(
                "/api/assessment/tasks?department=realestate&count=OVERDUE&" + period, List.class);
        assertThat(overdue).as("the seizure was due on 03-03 and is still not registered")
                .filteredOn(task -> seizure.equals(task.get("caseNumber"))).singleElement()
                .satisfies(task -> assertThat(task).containsEntry("overdueWorkingDays", 20));
        assertThat(http.withBasicAuth("super1", "demo").getForEntity(
                "/api/assessment/tasks?department=realestate&count=SOMETIMES&" + period, String.class).getBody())
                .contains("count");

        Map<String, Object> trend = http.withBasicAuth("super1", "demo").getForObject(
                "/api/assessment/trend?from=2027-02-01&to=2027-04-30&jurisdiction=haizhou", Map.class);
        assertThat((List<String>) trend.get("months")).containsExactly("2027-02", "2027-03", "2027-04");
        Map<String, Object> taxTrend = ((List<Map<String, Object>>) trend.get("departments")).stream()
                .filter(d -> "tax".equals(d.get("department"))).findFirst().orElseThrow();
        assertThat(((List<?>) taxTrend.get("rates")).get(1)).as("March, as the month's own assessment says")
                .isEqualTo(byDepartment.get("tax").get("onTimeRate"));
        assertThat(((List<?>) ((List<Map<String, Object>>) trend.get("departments")).stream()
                .filter(d -> "court".equals(d.get("department"))).findFirst().orElseThrow().get("rates")).get(1))
                .isEqualTo(0.0);
        assertThat(http.withBasicAuth("super1", "demo").getForEntity(
                "/api/assessment/trend?from=2020-01-01&to=2027-04-30", String.class).getStatusCode())
                .as("at most 24 months").isEqualTo(HttpStatus.BAD_REQUEST);

        byte[] xlsx = http.withBasicAuth("super1", "demo").getForObject("/api/assessment.xlsx?" + period,
                byte[].class);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("按期办结率");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern()).as("a styled header")
                    .isNotEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
            assertThat(sheet.getLastRowNum()).isEqualTo(byDepartment.size());
        }

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1").go("/supervision");
            browser.driver().findElement(By.id("assessment-link")).click();
            browser.go("/assessment?" + period);
            WebElement realestate = browser.driver().findElement(By.cssSelector("tr[data-department='realestate']"));
            assertThat(realestate.getText()).contains("不动产登记中心");
            realestate.findElements(By.tagName("a")).get(4).click();
            assertThat(browser.text(By.id("counted-tasks"))).contains(seizure, "办理查封登记", "20");
            browser.driver().findElement(By.linkText(seizure)).click();
            assertThat(browser.text(By.id("case-number"))).isEqualTo(seizure);
        }

        assertThat(http.withBasicAuth("hztax1", "demo").getForEntity("/api/assessment", String.class)
                .getStatusCode()).as("officers do not see the assessment").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("super1", "demo").getForObject(
                "/assessment?from=2027-03-01&to=2027-03-31&jurisdiction=haizhou", String.class))
                .contains("目标责任考核", "不动产登记中心", "人民法院", "0.0%");
    }

    /**
     * Received, on time, late, open in time and overdue per department, from the engine's history alone:
     * whatever other tests left open in 海州区 counts as the backlog it is.
     */
    private Map<String, int[]> countFromHistory() {
        Date from = at("2027-03-01T00:00:00+08:00");
        Date until = at("2027-04-01T00:00:00+08:00");
        Date now = ClockUtil.getCurrentTime();
        Map<String, int[]> counts = new HashMap<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().tenantIdIn("haizhou")
                .startedBefore(until).list()) {
            String department = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                    .type(IdentityLinkType.CANDIDATE).list().stream().map(HistoricIdentityLinkLog::getGroupId)
                    .filter(organisation::isDepartment).findFirst().orElse(null);
            boolean received = !task.getStartTime().before(from);
            boolean endedInPeriod = task.getEndTime() != null && !task.getEndTime().before(from)
                    && task.getEndTime().before(until);
            boolean late = endedInPeriod && task.getDueDate() != null && task.getEndTime().after(task.getDueDate());
            boolean onTime = endedInPeriod && !late && "completed".equals(task.getDeleteReason());
            boolean open = task.getEndTime() == null;
            boolean overdue = open && task.getDueDate() != null && now.after(task.getDueDate());
            if (department == null || !(received || late || onTime || open)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(department, d -> new int[5]);
            c[0] += received ? 1 : 0;
            c[1] += onTime ? 1 : 0;
            c[2] += late ? 1 : 0;
            c[3] += open && !overdue ? 1 : 0;
            c[4] += overdue ? 1 : 0;
        }
        return counts;
    }

    /** The confirmation task the department's officers are offered. */
    private Task confirmation(EngineSteps steps, String caseNumber, String department) {
        return steps.tasks(caseNumber, "Task_ConfirmAgreement").stream()
                .filter(task -> taskService.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> department.equals(link.getGroupId())))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> envtaxReview() {
        Map<String, Object> request = new HashMap<>();
        request.put("duty", "envtax-review");
        request.put("jurisdiction", "haizhou");
        request.put("taxpayer", Map.of("name", "海州某某化工有限公司", "uscc", "91320700MA1X2Y3K4H"));
        request.put("request", "三月份环境保护税申报复核。");
        request.put("attachments", List.of(document("协助函"), document("复核申请表")));
        return request;
    }

    private static Map<String, Object> document(String kind) {
        return Map.of("kind", kind, "fileName", kind + ".pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf(kind)));
    }
}

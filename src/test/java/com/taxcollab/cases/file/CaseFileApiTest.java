package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseParty.Kind;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.system.ChinaTime;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/cases/{caseNumber}}: the whole case file as JSON, for a reader of the case. */
class CaseFileApiTest extends IntegrationTest {

    /** Monday 30 November 2026, 10:00 in Lianyungang. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 30, 10, 0);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseDocuments documents;
    @Autowired
    TaskService taskService;

    String caseNumber;

    @BeforeEach
    void openAuctionCase() {
        ClockUtil.setCurrentTime(date(MONDAY));
        caseNumber = caseOpener.open(new NewCase(CaseType.PM, "SkeletonCheckProcess", "lyg",
                "（2026）苏0706执123号 房产拍卖", "court1", Map.of()).involving("court").withParties(
                new CaseParty(Kind.DEBTOR, "张三", "320706198001011234", "被执行人"),
                new CaseParty(Kind.COURT, "连云港市海州区人民法院", null, "执行法院"))).caseNumber();
    }

    @Test
    void showsTheCaseItsDepartmentsAndItsPartiesInFull() {
        JsonNode file = caseFile("tax1");

        assertThat(file.get("typeLabel").asText()).isEqualTo("司法拍卖税费指引");
        assertThat(file.get("jurisdictionName").asText()).isEqualTo("连云港市");
        assertThat(file.get("statusLabel").asText()).isEqualTo("办理中");
        assertThat(file.get("initiatorName").asText()).isEqualTo("李法官");
        assertThat(file.get("departments").findValuesAsText("name")).containsExactly("人民法院", "税务局");
        assertThat(file.get("parties").get(0).get("idNumber").asText()).as("a person's number masked")
                .isEqualTo("320706********1234");
        assertThat(file.get("parties").get(0).get("masked").asBoolean()).isTrue();
        assertThat(file.get("parties").get(1).get("role").asText()).isEqualTo("执行法院");
    }

    @Test
    void theFullNumberIsForTheCasesDepartmentsWithAPurposeAndAudited() {
        String reveal = "/api/cases/" + caseNumber + "/parties/0/identity";
        var noPurpose = http.withBasicAuth("tax1", "demo").postForEntity(reveal, Map.of("purpose", " "), String.class);
        assertThat(noPurpose.getStatusCode().value()).isEqualTo(400);
        assertThat(noPurpose.getBody()).contains("\"purpose\"");
        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity(reveal, Map.of("purpose", "核对"), String.class)
                .getStatusCode().value()).as("another jurisdiction: no such case").isEqualTo(404);
        assertThat(http.withBasicAuth("super1", "demo").postForEntity(reveal, Map.of("purpose", "督查"), String.class)
                .getStatusCode().value()).as("an overseer reads the case, not the full number").isEqualTo(403);
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity(reveal, Map.of("purpose", "核对被执行人身份"),
                Map.class).getBody()).containsEntry("idNumber", "320706198001011234");
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/cases/" + caseNumber
                + "/parties/1/identity", Map.of("purpose", "核对"), String.class).getStatusCode().value())
                .as("the court has no number").isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT granted FROM case_audit WHERE case_number = ? AND action ="
                + " 'IDENTITY_REVEALED' ORDER BY id", Boolean.class, caseNumber)).containsExactly(false, false, true, false);
    }

    @Test
    void openTasksShowDepartmentAssigneeAndALightForTheDueDate() {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        taskService.claim(task.getId(), "tax1");

        assertThat(light(task, null)).isEqualTo("NONE");
        assertThat(light(task, MONDAY.plusDays(4).withHour(17))).isEqualTo("GREEN");
        assertThat(light(task, MONDAY.plusDays(3).withHour(17))).isEqualTo("YELLOW");
        assertThat(light(task, MONDAY.minusHours(1))).isEqualTo("RED");

        JsonNode openTask = caseFile("tax1").get("openTasks").get(0);
        assertThat(openTask.get("name").asText()).isEqualTo("税务审核");
        assertThat(openTask.get("departments").findValuesAsText("name")).containsExactly("税务局");
        assertThat(openTask.get("assigneeName").asText()).isEqualTo("王税务");
        assertThat(openTask.get("lightLabel").asText()).isEqualTo("逾期");
    }

    @Test
    void lightsCountWorkingDaysOnTheOfficialCalendar() {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 9, 29, 10, 0)));

        // eight weekdays away, but National Day leaves only 09-30, 10-08 and 10-09 as working days
        assertThat(light(task, LocalDateTime.of(2026, 10, 9, 23, 59))).isEqualTo("YELLOW");
        assertThat(caseFile("tax1").get("openTasks").get(0).get("workingDaysLeft").asInt()).isEqualTo(3);
    }

    @Test
    void theTimelineTellsWhatHappenedWhoDidItAndWhen() {
        documents.store(caseNumber, "裁定书", "裁定书.pdf", SampleFiles.pdf("x"), "court1");
        ClockUtil.setCurrentTime(date(MONDAY.plusHours(2)));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        taskService.setAssignee(task.getId(), "tax1");
        taskService.complete(task.getId());

        JsonNode timeline = caseFile("tax1").get("timeline");

        assertThat(timeline.findValuesAsText("what")).containsSubsequence("立案：司法拍卖税费指引",
                "待办：税务审核（税务局）", "上传文书：裁定书《裁定书.pdf》", "办结：税务审核（税务局）", "办结");
        assertThat(timeline.get(0).get("whoName").asText()).isEqualTo("李法官");
        JsonNode completion = entry(timeline, "办结：税务审核（税务局）");
        assertThat(completion.get("whoName").asText()).isEqualTo("王税务");
        assertThat(completion.get("at").asText()).startsWith("2026-11-30T12:00");
    }

    @Test
    void theDiagramMarksWhereTheCaseStands() {
        JsonNode diagram = caseFile("tax1").get("diagram");

        assertThat(diagram.get("activeActivityIds").get(0).asText()).isEqualTo("Task_TaxReview");
        String xml = http.withBasicAuth("tax1", "demo").getForObject(diagram.get("bpmnHref").asText(), String.class);
        assertThat(xml).contains("id=\"SkeletonCheckProcess\"");
    }

    private String light(Task task, LocalDateTime due) {
        Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        current.setDueDate(due == null ? null : date(due));
        taskService.saveTask(current);
        return caseFile("tax1").get("openTasks").get(0).get("light").asText();
    }

    private JsonNode caseFile(String user) {
        return http.withBasicAuth(user, "demo").getForObject("/api/cases/" + caseNumber, JsonNode.class);
    }

    private static JsonNode entry(JsonNode timeline, String what) {
        for (JsonNode entry : timeline) {
            if (entry.get("what").asText().equals(what)) {
                return entry;
            }
        }
        throw new AssertionError("no timeline entry " + what + " in " + timeline);
    }

    static Date date(LocalDateTime chinaTime) {
        return Date.from(chinaTime.atZone(ChinaTime.ZONE).toInstant());
    }
}

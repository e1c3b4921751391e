package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.ThrowawayOfficers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 转办 through {@code POST /api/tasks/{id}/delegate}: an officer passes a task to a colleague of the same
 * department and jurisdiction with a note; the colleague finds it in 待办, the case's timeline says so;
 * anyone else, or a task someone else holds, is refused and nothing changes. In 连云区, where no demo
 * user works, with officers of its own who are gone again after each test.
 */
class TaskDelegationTest extends IntegrationTest {

    static final String JURISDICTION = ThrowawayOfficers.JURISDICTION;

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    ThrowawayOfficers officers;
    String court;
    String officer;
    String colleague;
    String caseNumber;
    Task negotiation;

    @BeforeEach
    void aDisputeInGanyu() {
        officers = new ThrowawayOfficers(identityService);
        court = officers.officer("lycourt", "court", "连法官");
        officer = officers.officer("lytax", "tax", "连税务");
        colleague = officers.officer("lytax", "tax", "云税务");
        ResponseEntity<Map> opened = http.withBasicAuth(court, "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", JURISDICTION, "departments", List.of("court", "tax"), "matter", "转办测试",
                "description", "税务经办人休假，转交同事办理"), Map.class);
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        caseNumber = (String) opened.getBody().get("caseNumber");
        negotiation = new EngineSteps(taskService, managementService, jdbc).task(caseNumber, "Task_Negotiate");
    }

    @AfterEach
    void officersLeave() {
        officers.leave();
    }

    @Test
    void anOfficerPassesATaskToAColleagueWhoFindsItInTheirTodo() {
        assertThat(post(officer, "claim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> delegated = post(officer, "delegate", Map.of("to", colleague, "note", "本人休假，请代为协商"));

        assertThat(delegated.getStatusCode()).as(delegated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(negotiation.getId()).singleResult().getAssignee())
                .isEqualTo(colleague);
        assertThat(todo(colleague)).contains(caseNumber);
        assertThat(http.withBasicAuth(court, "demo").getForObject("/api/cases/" + caseNumber, String.class))
                .as("the timeline").contains("转办：", "连税务 → 云税务", "本人休假，请代为协商");
        assertThat(post(officer, "delegate", Map.of("to", officer)).getStatusCode())
                .as("no longer the officer's to pass on").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyAColleagueOfTheTaskInItsJurisdictionMayReceiveIt() {
        String elsewhere = officers.officer("hztax", "tax", "海税务");
        identityService.deleteTenantUserMembership(JURISDICTION, elsewhere);
        identityService.createTenantUserMembership("haizhou", elsewhere);

        for (String to : List.of(court.replace("lycourt", "nobody"), elsewhere, officers.officer(
                "lymarket", "market", "连市场"), officer)) {
            ResponseEntity<String> refused = post(officer, "delegate", Map.of("to", to));
            assertThat(refused.getStatusCode()).as(to).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("\"field\":\"to\"");
        }
        assertThat(post(officer, "delegate", Map.of()).getBody()).contains("转办对象");
        assertThat(taskService.createTaskQuery().taskId(negotiation.getId()).singleResult().getAssignee()).isNull();
    }

    private ResponseEntity<String> post(String user, String action, Map<String, Object> body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + negotiation.getId() + "/" + action,
                body, String.class);
    }

    private String todo(String user) {
        return http.withBasicAuth(user, "demo").getForObject("/api/tasks?view=todo&q=" + caseNumber, String.class);
    }

    /** A fresh officer of the department in 连云区, with the demo password. */
}

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 批量转办 ({@code POST /api/tasks/reassign}): a supervisor hands two negotiations to one tax officer;
 * the officer finds both in 待办, each timeline and the audit say so. A target the tasks are not offered
 * to, a task out of the supervisor's reach, or an officer who is no supervisor: refused, nothing moves.
 */
class TaskReassignmentTest extends IntegrationTest {

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
    String supervisor;
    String taxOfficer;
    List<String> taskIds;

    @BeforeEach
    void twoNegotiationsWaitInLianyun() {
        officers = new ThrowawayOfficers(identityService);
        String court = officers.officer("lycourt", "court", "连法官");
        supervisor = officers.officer("lysuper", "supervision", "连督查");
        taxOfficer = officers.officer("lytax", "tax", "连税务");
        EngineSteps steps = new EngineSteps(taskService, managementService, jdbc);
        taskIds = List.of("批量转办一", "批量转办二").stream().map(matter -> {
            String caseNumber = (String) http.withBasicAuth(court, "demo").postForEntity("/api/disputes", Map.of(
                    "jurisdiction", ThrowawayOfficers.JURISDICTION, "departments", List.of("court", "tax"),
                    "matter", matter, "description", "督办转办"), Map.class).getBody().get("caseNumber");
            return steps.task(caseNumber, "Task_Negotiate").getId();
        }).toList();
    }

    @AfterEach
    void officersLeave() {
        officers.leave();
    }

    @Test
    void aSupervisorHandsSeveralTasksToOneOfficer() {
        ResponseEntity<Map> done = post(supervisor, Map.of("taskIds", taskIds, "to", taxOfficer, "note", "请优先办理"));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).containsEntry("reassigned", 2);
        String todo = http.withBasicAuth(taxOfficer, "demo").getForObject("/api/tasks?view=todo", String.class);
        assertThat(todo).contains(taskIds.get(0), taskIds.get(1));
        for (String taskId : taskIds) {
            assertThat(taskService.getTaskComments(taskId)).extracting(c -> c.getFullMessage())
                    .containsExactly("转办：税务局牵头协商，由 连督查 交 连税务 办理。请优先办理");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE user_id = ? AND action = 'TASK_REASSIGNED'",
                Integer.class, supervisor)).isEqualTo(2);
    }

    @Test
    void nothingMovesWhenOneTaskCannotGoOrTheCallerIsNoSupervisor() {
        String market = officers.officer("lymarket", "market", "连市场");
        ResponseEntity<Map> wrongTarget = post(supervisor, Map.of("taskIds", taskIds, "to", market));
        assertThat(wrongTarget.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongTarget.getBody().toString()).contains("field=taskIds[0]", "field=taskIds[1]");

        ResponseEntity<Map> outOfReach = post(supervisor, Map.of("taskIds", List.of(taskIds.get(0), "no-such-task"),
                "to", taxOfficer));
        assertThat(outOfReach.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfReach.getBody().toString()).contains("field=taskIds[1]").doesNotContain("field=taskIds[0]");

        assertThat(post(taxOfficer, Map.of("taskIds", taskIds, "to", taxOfficer)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(supervisor, Map.of("taskIds", List.of(), "to", taxOfficer)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        for (String taskId : taskIds) {
            assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        }
    }

    private ResponseEntity<Map> post(String user, Map<String, ?> body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/reassign", body, Map.class);
    }
}

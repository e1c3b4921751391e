package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 待办 read model gives every user exactly the tasks the engine's own query gives them (assigned
 * to them, or unassigned and offered to them or their departments, in their jurisdictions), on the
 * mixed work the suite has left by now plus claimed, passed-on, completed and cancelled tasks; and a
 * rebuild from the engine gives the same.
 */
class OpenWorkTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUserService users;
    @Autowired
    OpenWork openWork;
    @Autowired
    OpenWorkRebuild rebuild;

    @Test
    void everyUserSeesWhatTheEngineWouldShowThem() {
        EngineSteps steps = new EngineSteps(taskService, managementService, jdbc);
        List<String> cases = List.of("lyg", "lyg", "haizhou").stream().map(jurisdiction -> (String) http
                .withBasicAuth(jurisdiction.equals("lyg") ? "court1" : "hzcourt1", "demo").postForEntity("/api/disputes",
                        Map.of("jurisdiction", jurisdiction, "departments", List.of("court", "realestate"), "matter",
                                "读模型比对", "description", "待办与引擎一致"), Map.class).getBody().get("caseNumber"))
                .map(String.class::cast).toList();
        Task claimed = steps.task(cases.get(0), "Task_Negotiate");
        http.withBasicAuth("tax1", "demo").postForEntity("/api/tasks/" + claimed.getId() + "/claim", null, String.class);
        Task completed = steps.task(cases.get(1), "Task_Negotiate");
        http.withBasicAuth("tax1", "demo").postForEntity("/api/tasks/" + completed.getId() + "/complete",
                Map.of("variables", Map.of("negotiationOutcome", "NOT_AGREED")), String.class);
        Task undatedTask = steps.task(cases.get(2), "Task_Negotiate");
        String undated = undatedTask.getId();
        taskService.setDueDate(undated, null);

        assertSameAsEngine();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM open_work WHERE task_id = ? AND due_at IS NULL",
                Integer.class, undated)).as("a changed due date is followed").isEqualTo(1);

        rebuild.rebuild();
        assertSameAsEngine();
        assertThat(openWork.size()).isEqualTo(taskService.createTaskQuery().count());
        // the assessment counts this month's due dates: the task keeps the one it was created with
        taskService.setDueDate(undated, undatedTask.getDueDate());
    }

    private void assertSameAsEngine() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        for (User person : identityService.createUserQuery().list()) {
            CurrentUser user = users.load(person.getId());
            if (user.jurisdictions().isEmpty()) {
                continue;
            }
            Set<String> engine = engineTodo(user);
            OpenWorkQuery query = OpenWorkQuery.of(user.id(), user.departments(), user.jurisdictions(), List.of());
            assertThat(new HashSet<>(openWork.page(query, 0, 1_000_000))).as("待办 of %s", user.id())
                    .isEqualTo(engine);
            assertThat(openWork.lightCounts(query, now, now.plusDays(4)).values().stream().mapToLong(Long::longValue)
                    .sum()).as("count of %s", user.id()).isEqualTo(engine.size());
        }
    }

    private Set<String> engineTodo(CurrentUser user) {
        return taskService.createTaskQuery().tenantIdIn(user.jurisdictions().toArray(String[]::new))
                .or().taskAssignee(user.id()).taskCandidateUser(user.id())
                .taskCandidateGroupIn(user.departments().isEmpty() ? List.of("-") : user.departments()).endOr()
                .list().stream().map(Task::getId).collect(Collectors.toSet());
    }
}

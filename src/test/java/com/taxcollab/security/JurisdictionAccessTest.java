package com.taxcollab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Jurisdictions (tenants) and departments (groups) decide who sees and works a task. */
class JurisdictionAccessTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    CaseRecord lygCase;
    Task taxTask;

    @BeforeEach
    void openCaseInLianyungang() {
        lygCase = caseOpener.open(new NewCase(CaseType.ZY, "SkeletonCheckProcess", "lyg", "权限校验案件", "tax1",
                Map.of()));
        taxTask = taskService.createTaskQuery().processInstanceBusinessKey(lygCase.caseNumber()).singleResult();
    }

    @Test
    void officerOfAnotherJurisdictionCannotSeeOrCompleteTheTask() {
        assertThat(visibleTaskIds("hztax1")).doesNotContain(taxTask.getId());

        ResponseEntity<String> completion = complete("hztax1");

        assertThat(completion.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void officerOfAnotherDepartmentCannotCompleteATaxTask() {
        ResponseEntity<String> completion = complete("registry1");

        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void taxOfficerOfTheJurisdictionSeesAndCompletesTheTask() {
        assertThat(visibleTaskIds("tax1")).contains(taxTask.getId());

        assertThat(complete("tax1").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isZero();
    }

    @Test
    void supervisorOfEveryJurisdictionSeesTheTask() {
        assertThat(visibleTaskIds("super1")).contains(taxTask.getId());
    }

    @Test
    void supervisorSeesTheTaskReportOfCockpitButNotTasksOfOtherJurisdictions() {
        assertThat(http.withBasicAuth("super1", "demo")
                .getForEntity("/engine-rest/task/report/candidate-group-count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("tax1", "demo")
                .getForEntity("/engine-rest/task/report/candidate-group-count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var user = identityService.newUser("hzsuper9");
        user.setPassword("demo");
        identityService.saveUser(user);
        identityService.createMembership("hzsuper9", "supervision");
        identityService.createTenantUserMembership("haizhou", "hzsuper9");
        try {
            assertThat(visibleTaskIds("hzsuper9")).doesNotContain(taxTask.getId());
        } finally {
            identityService.deleteUser("hzsuper9");
        }
    }

    private List<String> visibleTaskIds(String user) {
        ResponseEntity<TaskDto[]> response = http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + lygCase.caseNumber(), TaskDto[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return List.of(response.getBody()).stream().map(TaskDto::id).toList();
    }

    private ResponseEntity<String> complete(String user) {
        return http.withBasicAuth(user, "demo")
                .postForEntity("/engine-rest/task/" + taxTask.getId() + "/complete", Map.of(), String.class);
    }

    record TaskDto(String id, String name, String tenantId) {
    }
}

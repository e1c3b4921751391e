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
    void officerOfAnotherJurisdictionNeitherSeesNorCompletesTheTask() {
        assertThat(visibleTaskIds("hztax1")).doesNotContain(taxTask.getId());

        assertThat(complete("hztax1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void officerOfAnotherDepartmentCannotCompleteATaxTask() {
        assertThat(complete("registry1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void taxOfficerOfTheJurisdictionSeesAndCompletesTheTask() {
        assertThat(visibleTaskIds("tax1")).contains(taxTask.getId());

        assertThat(complete("tax1").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taxTask.getId()).count()).isZero();
    }

    @Test
    void supervisorsFollowTheTaskOnTheCaseFileOfTheirJurisdictionsOnly() {
        assertThat(visibleTaskIds("super1")).as("not super1's to do").doesNotContain(taxTask.getId());
        ResponseEntity<Map> file = http.withBasicAuth("super1", "demo")
                .getForEntity("/api/cases/" + lygCase.caseNumber(), Map.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody().toString()).contains(taxTask.getId());

        var user = identityService.newUser("hzsuper9");
        user.setPassword("demo");
        // a stand-in for a demo user: the demo password is exempt from the policy, as the demo users are
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.createMembership("hzsuper9", "supervision");
        identityService.createTenantUserMembership("haizhou", "hzsuper9");
        try {
            assertThat(http.withBasicAuth("hzsuper9", "demo").getForEntity("/api/cases/" + lygCase.caseNumber(),
                    String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            identityService.deleteUser("hzsuper9");
        }
    }

    private List<String> visibleTaskIds(String user) {
        ResponseEntity<TaskDto[]> response = http.withBasicAuth(user, "demo").getForEntity("/api/tasks", TaskDto[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return List.of(response.getBody()).stream().map(TaskDto::id).toList();
    }

    private ResponseEntity<String> complete(String user) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taxTask.getId() + "/complete",
                Map.of("variables", Map.of()), String.class);
    }

    record TaskDto(String id, String name, String caseNumber) {
    }
}

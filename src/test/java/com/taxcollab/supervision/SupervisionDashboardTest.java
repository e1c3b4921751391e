package com.taxcollab.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The dashboard's figures for supervisors and leaders, and nobody else. */
class SupervisionDashboardTest extends DashboardFixture {

    @Test
    void showsLightsOverdueDepartmentsClosureRateAndTheRedList() {
        String batch = fourItems("guanyun");
        Map<String, Object> d = dashboard("super1", "jurisdiction=guanyun&from=2026-09-01&to=2026-10-31");

        assertThat(d.get("lights")).isEqualTo(Map.of("GREEN", 1, "YELLOW", 1, "RED", 1));
        assertThat(d.get("overdueByDepartment")).isEqualTo(List.of(Map.of("department", "tax", "name", "税务局",
                "count", 1)));
        assertThat(d.get("closureRates")).isEqualTo(List.of(Map.of("department", "tax", "name", "税务局",
                "closed", 1, "onTime", 1, "rate", 1.0)));
        assertThat((List<Map<String, Object>>) d.get("redList")).singleElement().satisfies(red -> {
            assertThat(red).containsEntry("caseNumber", batch).containsEntry("problem", "发票问题")
                    .containsEntry("overdueWorkingDays", 5);
        });
        assertThat(d.get("overdueTasks")).as("rectification items are on the red list, not here")
                .isEqualTo(List.of());
    }

    @Test
    void closureRateCountsOnlyThePeriodChosen() {
        fourItems("guannan");
        Map<String, Object> d = dashboard("super1", "jurisdiction=guannan&from=2026-10-01&to=2026-10-31");
        assertThat(d.get("closureRates")).isEqualTo(List.of());
    }

    @Test
    void showsOverdueTasksOfOtherProcessesInTheJurisdiction() {
        now("2026-09-21T10:00:00");
        String instance = caseOpener.open(new CaseOpener.NewCase(CaseType.ZY, "SkeletonCheckProcess", "donghai",
                "逾期任务", "system", Map.of())).processInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        task.setDueDate(java.sql.Timestamp.valueOf("2026-09-22 10:00:00"));
        taskService.saveTask(task);
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();
        now("2026-09-24T10:00:00");

        List<Map<String, Object>> tasks = (List<Map<String, Object>>) dashboard("super1", "jurisdiction=donghai")
                .get("overdueTasks");
        assertThat(tasks).anySatisfy(t -> assertThat(t).containsEntry("caseNumber", caseNumber)
                .containsEntry("task", "税务审核").containsEntry("candidateGroups", "tax"));
        assertThat((List<?>) dashboard("super1", "jurisdiction=guanyun").get("overdueTasks"))
                .noneMatch(t -> caseNumber.equals(((Map<?, ?>) t).get("caseNumber")));
    }

    @Test
    void isForSupervisionAndLeadershipOnly() {
        assertThat(rest.withBasicAuth("tax1", "demo").getForEntity("/api/supervision/dashboard", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("tax1", "demo").getForEntity("/supervision", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("lead1", "demo").getForEntity("/supervision", String.class).getBody())
                .contains("督查看板", "红灯清单");
        assertThat(rest.withBasicAuth("lead1", "demo").getForEntity("/", String.class).getBody())
                .contains("app-supervision");
        assertThat(rest.withBasicAuth("tax1", "demo").getForEntity("/", String.class).getBody())
                .doesNotContain("app-supervision");
        assertThat(rest.withBasicAuth("lead1", "demo").getForEntity("/api/supervision/dashboard?jurisdiction=haizhou",
                Map.class).getStatusCode()).as("leadership of the city only").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private Map<String, Object> dashboard(String user, String query) {
        ResponseEntity<Map> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/supervision/dashboard?" + query, Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}

package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A case started from Tasklist (not through CaseOpener) is still numbered, recorded and closed. */
class CaseLifecycleListenersTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseRegistry registry;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void caseStartedAsTasklistDoesIsNumberedRecordedAndClosedWhenItsProcessEnds() {
        var started = http.withBasicAuth("hztax1", "demo").postForEntity(
                "/engine-rest/process-definition/key/SkeletonCheckProcess/start",
                Map.of("variables", Map.of("title", Map.of("value", "海州区测试争议", "type", "String"))),
                StartedInstance.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseNumber = started.getBody().businessKey();
        assertThat(caseNumber).matches("ZY-\\d{4}-\\d{6}");
        CaseRecord recorded = registry.find(caseNumber).orElseThrow();
        assertThat(recorded.jurisdiction()).isEqualTo("haizhou");
        assertThat(recorded.initiator()).isEqualTo("hztax1");
        assertThat(recorded.title()).isEqualTo("海州区测试争议");
        assertThat(recorded.processInstanceId()).isEqualTo(started.getBody().id());
        assertThat(runtimeService.getVariable(started.getBody().id(), CaseOpener.CASE_NUMBER)).isEqualTo(caseNumber);

        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getId());

        CaseRecord closed = registry.find(caseNumber).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
    }

    @Test
    void officerCannotStartACaseInAnotherJurisdiction() {
        var refused = http.withBasicAuth("hztax1", "demo").postForEntity(
                "/engine-rest/process-definition/key/SkeletonCheckProcess/start",
                Map.of("variables", Map.of("jurisdiction", Map.of("value", "lyg", "type", "String"))), String.class);

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("may not start a case in jurisdiction 'lyg'");
    }

    record StartedInstance(String id, String businessKey, String tenantId) {
    }
}

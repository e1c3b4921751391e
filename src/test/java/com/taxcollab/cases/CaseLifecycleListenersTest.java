package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An opened case carries its number into its process and is closed when the process ends. */
class CaseLifecycleListenersTest extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseRegistry registry;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void anOpenedCaseIsNumberedRecordedAndClosedWhenItsProcessEnds() {
        CaseRecord opened = caseOpener.open(new CaseOpener.NewCase(CaseType.ZY, "SkeletonCheckProcess", "haizhou",
                "海州区测试争议", "hztax1", Map.of()));

        assertThat(opened.caseNumber()).matches("ZY-\\d{4}-\\d{6}");
        assertThat(opened.jurisdiction()).isEqualTo("haizhou");
        assertThat(runtimeService.getVariable(opened.processInstanceId(), CaseOpener.CASE_NUMBER))
                .isEqualTo(opened.caseNumber());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(opened.processInstanceId())
                .singleResult().getTenantId()).isEqualTo("haizhou");

        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(opened.caseNumber())
                .singleResult().getId());

        CaseRecord closed = registry.find(opened.caseNumber()).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
    }
}

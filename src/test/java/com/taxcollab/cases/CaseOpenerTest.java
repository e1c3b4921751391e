package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.support.IntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseOpenerTest extends IntegrationTest {

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseRegistry registry;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void openingACaseRecordsItAndStartsItsProcessUnderTheCaseNumberInItsJurisdiction() {
        CaseRecord opened = caseOpener.open(skeletonCase("haizhou"));

        assertThat(opened.caseNumber()).matches("ZY-\\d{4}-\\d{6}");
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.initiator()).isEqualTo("hztax1");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.processInstanceId()).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(opened.caseNumber());
        assertThat(instance.getTenantId()).isEqualTo("haizhou");
        assertThat(runtimeService.getVariable(instance.getId(), CaseOpener.CASE_NUMBER)).isEqualTo(opened.caseNumber());
    }

    @Test
    void caseNumbersCountPerYearInBeijingTime() {
        // 2026-12-31 16:30 UTC is already 2027-01-01 in Beijing
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T16:30:00Z")));

        CaseRecord newYear = caseOpener.open(skeletonCase("lyg"));

        assertThat(newYear.caseNumber()).isEqualTo("ZY-2027-000001");
    }

    @Test
    void twentyConcurrentOpeningsGetTwentyDistinctConsecutiveNumbers() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-03-01T02:00:00Z")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CaseRecord>> openings = java.util.stream.IntStream.range(0, 20)
                    .<Callable<CaseRecord>>mapToObj(i -> () -> caseOpener.open(skeletonCase("lyg"))).toList();
            List<String> numbers = pool.invokeAll(openings).stream().map(CaseOpenerTest::get)
                    .map(CaseRecord::caseNumber).sorted().toList();

            assertThat(numbers).doesNotHaveDuplicates().hasSize(20)
                    .first().isEqualTo("ZY-2031-000001");
            assertThat(numbers).last().isEqualTo("ZY-2031-000020");
        } finally {
            pool.shutdown();
        }
    }

    private static NewCase skeletonCase(String jurisdiction) {
        return new NewCase(CaseType.ZY, "SkeletonCheckProcess", jurisdiction, "测试案件", "hztax1", Map.of());
    }

    private static CaseRecord get(Future<CaseRecord> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.taxcollab.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Marks the case closed when its process ends: {@code <camunda:executionListener event="end"
 * delegateExpression="${closeCaseListener}"/>} on the process (or on each end event).
 */
@Component("closeCaseListener")
class CloseCaseListener implements ExecutionListener {

    private final CaseRegistry registry;
    private final Clock clock;

    CloseCaseListener(CaseRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        registry.close(execution.getProcessBusinessKey(), CaseStatus.CLOSED, OffsetDateTime.now(clock));
    }
}

package com.taxcollab.cases;

import com.taxcollab.system.EngineActor;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

/**
 * Makes a case of a process started outside {@link CaseOpener}, e.g. from a Tasklist start form:
 * numbers it, records it and sets the business key. Every case process declares it as a
 * process-level start listener: {@code <camunda:executionListener event="start"
 * delegateExpression="${registerCaseListener}"/>}. Cases opened through {@code CaseOpener} already
 * carry their number and pass through untouched.
 */
@Component("registerCaseListener")
class RegisterCaseListener implements ExecutionListener {

    /** Optional start variable: the case's title; defaults to the case type's name. */
    static final String TITLE = "title";
    static final String CASE_TYPE_PROPERTY = "caseType";

    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Clock clock;

    RegisterCaseListener(CaseNumbers caseNumbers, CaseRegistry registry, Clock clock) {
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(CaseOpener.CASE_NUMBER)) {
            return;
        }
        CaseType type = caseType(execution);
        String caseNumber = caseNumbers.next(type);
        String initiator = initiator(execution);
        String title = execution.getVariable(TITLE) instanceof String t && !t.isBlank() ? t : type.label();
        registry.insert(new CaseRecord(caseNumber, type, execution.getTenantId(), title, CaseStatus.OPEN, initiator,
                OffsetDateTime.now(clock), null, execution.getProcessInstanceId()));
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable(CaseOpener.CASE_NUMBER, caseNumber);
        execution.setVariable(CaseOpener.JURISDICTION, execution.getTenantId());
        execution.setVariable(CaseOpener.INITIATOR, initiator);
    }

    /** The process's {@code caseType} property (camunda:properties), else the type whose process this is. */
    private static CaseType caseType(DelegateExecution execution) {
        Process process = execution.getBpmnModelInstance().getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).findFirst().orElseThrow();
        return process.getExtensionElements() == null ? CaseType.ofProcessKey(process.getId())
                : process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                        .stream().flatMap(p -> p.getCamundaProperties().stream())
                        .filter(p -> CASE_TYPE_PROPERTY.equals(p.getCamundaName()))
                        .map(p -> CaseType.valueOf(p.getCamundaValue())).findFirst()
                        .orElseGet(() -> CaseType.ofProcessKey(process.getId()));
    }

    private static String initiator(DelegateExecution execution) {
        return EngineActor.idOr(execution.getProcessEngineServices(),
                execution.getVariable(CaseOpener.INITIATOR) instanceof String s ? s : null);
    }
}

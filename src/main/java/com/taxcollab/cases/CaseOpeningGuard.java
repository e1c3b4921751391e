package com.taxcollab.cases;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A case starts only by being opened: the engine refuses every process instance that
 * {@link CaseOpener} is not starting at this moment for this very case (number, process and
 * jurisdiction), whoever asks and through whichever surface. The listener is built in, so
 * {@code skipCustomListeners} cannot bypass it; instances called by a case's own call activity belong
 * to that case and pass.
 */
@Component
class CaseOpeningGuard extends AbstractProcessEnginePlugin {

    static final String REFUSAL = "案件只能通过本系统立案发起，不能直接启动流程";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        ExecutionListener guard = CaseOpeningGuard::check;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, guard, 0);
            }
        });
    }

    private static void check(DelegateExecution execution) {
        if (execution.getSuperExecution() != null) {
            return;
        }
        CaseOpener.Opening opening = CaseOpener.opening();
        String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
        if (opening == null || !opening.caseNumber().equals(execution.getProcessBusinessKey())
                || !opening.processKey().equals(processKey)
                || !opening.jurisdiction().equals(execution.getTenantId())) {
            throw new AuthorizationException(REFUSAL);
        }
    }
}

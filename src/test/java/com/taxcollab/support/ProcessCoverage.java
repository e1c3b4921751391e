package com.taxcollab.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Which flow nodes, sequence flows and timeout listeners of the product's models the test run walked,
 * under the real engine: a parse listener puts a recorder on every element, and at the end of the run
 * {@link ProcessCoverageReport} prints the figures per process and writes them to
 * {@code target/process-test-coverage.md}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverage {

    private static final String MULTI_INSTANCE = "#multiInstanceBody";
    private static final Map<String, Set<String>> WALKED = new ConcurrentHashMap<>();

    @Bean
    AbstractProcessEnginePlugin processCoverageRecorder() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(new Recorder());
            }
        };
    }

    private static void walked(String processKey, String elementId) {
        WALKED.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(elementId);
    }

    private static String key(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return ((ProcessDefinitionEntity) ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution)
                .getProcessDefinition()).getKey();
    }

    static final class Recorder extends AbstractBpmnParseListener {

        @Override
        public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
            for (ProcessDefinitionEntity definition : definitions) {
                record(definition.getKey(), definition);
            }
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            Element extensions = element.element("extensionElements");
            if (extensions == null) {
                return;
            }
            var task = behavior.getTaskDefinition();
            for (Element listener : extensions.elements("taskListener")) {
                String id = listener.attribute("id");
                if ("timeout".equals(listener.attribute("event")) && id != null) {
                    TaskListener original = task.getTimeoutTaskListener(id);
                    task.addTimeoutTaskListener(id, delegateTask -> {
                        walked(((ProcessDefinitionEntity) ((org.camunda.bpm.engine.impl.persistence.entity.TaskEntity)
                                delegateTask).getProcessDefinition()).getKey(), "timeout:" + id);
                        original.notify(delegateTask);
                    });
                }
            }
        }

        private static void record(String processKey, ScopeImpl scope) {
            for (ActivityImpl activity : scope.getActivities()) {
                String id = activity.getId().replace(MULTI_INSTANCE, "");
                activity.addListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> walked(key(execution), id));
                for (var outgoing : activity.getOutgoingTransitions()) {
                    TransitionImpl flow = (TransitionImpl) outgoing;
                    flow.addListener(ExecutionListener.EVENTNAME_TAKE,
                            (ExecutionListener) execution -> walked(key(execution), flow.getId()));
                }
                record(processKey, activity);
            }
        }
    }

    static Map<String, Set<String>> walked() {
        return WALKED;
    }
}

package com.taxcollab.tasks;

import com.taxcollab.system.EngineAsSystem;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task met a second time (a returned report, the next auction round, another renewal) opens with
 * its form empty, not with the last decision, so that nobody repeats it by accident: the answers are
 * shadowed by empty task-local values, and the new answers go up to the case as the task completes.
 */
@Component
class RevisitedForms extends AbstractProcessEnginePlugin {

    private static final String SHADOWED = "taxcollabShadowedFields";

    private final FormContracts contracts;
    private final EngineAsSystem engine;

    /** Lazy: the plugin is needed to build the engine that both of these use. */
    RevisitedForms(@Lazy FormContracts contracts, @Lazy EngineAsSystem engine) {
        this.contracts = contracts;
        this.engine = engine;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener shadow = this::shadowEarlierAnswers;
        TaskListener lift = RevisitedForms::liftAnswers;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, shadow);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, lift);
            }
        });
    }

    private void shadowEarlierAnswers(DelegateTask task) {
        boolean visitedBefore = task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(task.getTaskDefinitionKey())
                .finished().count() > 0;
        if (!visitedBefore) {
            return;
        }
        List<String> shadowed = new ArrayList<>();
        // the officer who completed the previous step need not be one who may read this task
        for (FormField field : engine.call(() -> contracts.of((TaskEntity) task)).fields()) {
            if (field.writable() && task.getVariable(field.key()) != null) {
                task.setVariableLocal(field.key(), null);
                shadowed.add(field.key());
            }
        }
        if (!shadowed.isEmpty()) {
            task.setVariableLocal(SHADOWED, String.join(",", shadowed));
        }
    }

    /**
     * A form submitted through the form service writes its answers onto the shadows, the task's own:
     * they belong to the case. (A plain completion writes them to the case directly; then the shadow
     * is still empty and there is nothing to lift.)
     */
    private static void liftAnswers(DelegateTask task) {
        if (!(task.getVariableLocal(SHADOWED) instanceof String names)) {
            return;
        }
        for (String name : names.split(",")) {
            Object answer = task.getVariableLocal(name);
            task.removeVariableLocal(name);
            if (answer != null) {
                task.getExecution().setVariable(name, answer);
            }
        }
        task.removeVariableLocal(SHADOWED);
    }
}

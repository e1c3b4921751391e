package com.taxcollab.tasks;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Drafts end with their task, whichever way it ends (completed on any surface, or cancelled because
 * the case moved on): built-in listeners, in the engine's transaction.
 */
@Component
class TaskDraftsPlugin extends AbstractProcessEnginePlugin {

    private final TaskDrafts drafts;

    TaskDraftsPlugin(@Lazy TaskDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener discard = task -> drafts.discard(task.getId());
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, discard);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, discard);
            }
        });
    }
}

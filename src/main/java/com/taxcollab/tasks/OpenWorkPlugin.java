package com.taxcollab.tasks;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link OpenWork} in step with the engine: built-in listeners on every user task, in the
 * engine's transaction, so that a task is in the read model exactly while it is open.
 */
@Component
class OpenWorkPlugin extends AbstractProcessEnginePlugin {

    private final OpenWork openWork;

    OpenWorkPlugin(@Lazy OpenWork openWork) {
        this.openWork = openWork;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener put = task -> openWork.put(row(task));
        TaskListener assign = task -> openWork.assign(task.getId(), task.getAssignee());
        TaskListener remove = task -> openWork.remove(task.getId());
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, put);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, put);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assign);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, remove);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, remove);
            }
        });
    }

    /**
     * The key of the task's process. Not read off the definition's id: that is {@code key:version:uuid}
     * only while it fits in 64 characters, and a bare UUID for longer keys (CourtAuctionTaxGuidanceProcess).
     */
    private static String processKey(DelegateTask task) {
        return task.getExecution() == null ? ""
                : ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    }

    private static OpenWork.Row row(DelegateTask task) {
        return new OpenWork.Row(task.getId(), task.getExecution() == null ? null
                : task.getExecution().getProcessBusinessKey(), processKey(task),
                task.getName(), task.getTenantId(),
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getCandidates());
    }
}

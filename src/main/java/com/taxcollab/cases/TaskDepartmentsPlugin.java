package com.taxcollab.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A department that gets a task in a case is involved in it, so its officers can open the case
 * file from their task without every process having to say so. Also keeps the case's last
 * activity, by which search sorts, current.
 */
@Component
class TaskDepartmentsPlugin extends AbstractProcessEnginePlugin {

    private final CaseParticipants participants;
    private final CaseRegistry registry;
    private final Clock clock;

    TaskDepartmentsPlugin(CaseParticipants participants, CaseRegistry registry, Clock clock) {
        this.participants = participants;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener involve = this::involveCandidateDepartments;
        TaskListener touch = task -> touch(task.getExecution().getProcessBusinessKey());
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, involve);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, touch);
            }
        });
    }

    private void involveCandidateDepartments(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                participants.insertDepartment(caseNumber, link.getGroupId());
            }
        }
        touch(caseNumber);
    }

    private void touch(String caseNumber) {
        if (caseNumber != null) {
            registry.touch(caseNumber, OffsetDateTime.now(clock));
        }
    }
}

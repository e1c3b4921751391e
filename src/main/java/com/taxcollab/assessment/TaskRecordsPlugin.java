package com.taxcollab.assessment;

import com.taxcollab.organisation.Organisation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
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
 * Records every user task of every case in {@code task_records} as it is created and as it ends
 * (completed, or cancelled because the case moved on), whose duty it was and when it was due, for
 * the assessment. Built-in listeners, so no model can forget them.
 */
@Component
class TaskRecordsPlugin extends AbstractProcessEnginePlugin {

    private final TaskRecords records;
    private final Organisation organisation;
    private final Clock clock;

    TaskRecordsPlugin(TaskRecords records, Organisation organisation, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener created = this::created;
        TaskListener completed = task -> ended(task, TaskRecords.COMPLETED);
        TaskListener cancelled = task -> ended(task, TaskRecords.CANCELLED);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, cancelled);
            }
        });
    }

    private void created(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        records.created(task.getId(), caseNumber, task.getTaskDefinitionKey(), task.getName(), department(task),
                task.getTenantId(), OffsetDateTime.now(clock), time(task.getDueDate()));
    }

    private void ended(DelegateTask task, String how) {
        records.ended(task.getId(), how, OffsetDateTime.now(clock), time(task.getDueDate()));
    }

    /** The department whose duty the task is: its candidate department. */
    private String department(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && organisation.isDepartment(link.getGroupId())) {
                return link.getGroupId();
            }
        }
        return null;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}

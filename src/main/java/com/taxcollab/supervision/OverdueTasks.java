package com.taxcollab.supervision;

import com.taxcollab.system.EngineAsSystem;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Overdue tasks of every process but rectification, in the supervisor's jurisdictions. Supervisors
 * are no candidates of other departments' tasks, so the engine's authorization check is off for this
 * one read, and the jurisdictions are applied here instead.
 */
@Component
class OverdueTasks {

    static final String RECTIFICATION = "RectificationTrackingProcess";

    private final EngineAsSystem engine;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    OverdueTasks(EngineAsSystem engine, TaskService taskService, RuntimeService runtimeService,
            RepositoryService repositoryService) {
        this.engine = engine;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    record OverdueTask(String taskId, String caseNumber, String process, String task, String candidateGroups,
            String assignee, Date due, String jurisdiction) {
    }

    List<OverdueTask> list(List<String> jurisdictions, Date now, int limit) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        return engine.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().tenantIdIn(jurisdictions.toArray(String[]::new))
                    .dueBefore(now).orderByDueDate().asc().listPage(0, limit * 2);
            if (tasks.isEmpty()) {
                return List.<OverdueTask>of();
            }
            Map<String, ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
                    .processDefinitionIdIn(tasks.stream().map(Task::getProcessDefinitionId).distinct()
                            .toArray(String[]::new)).list().stream()
                    .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
            Map<String, String> caseNumbers = runtimeService.createProcessInstanceQuery()
                    .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                    .list().stream().filter(p -> p.getBusinessKey() != null)
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            return tasks.stream()
                    .filter(t -> definitions.containsKey(t.getProcessDefinitionId())
                            && !RECTIFICATION.equals(definitions.get(t.getProcessDefinitionId()).getKey()))
                    .limit(limit)
                    .map(t -> new OverdueTask(t.getId(), caseNumbers.get(t.getProcessInstanceId()),
                            name(definitions.get(t.getProcessDefinitionId())), t.getName(),
                            String.join("、", taskService.getIdentityLinksForTask(t.getId()).stream()
                                    .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList()),
                            t.getAssignee(), t.getDueDate(), t.getTenantId()))
                    .toList();
        });
    }

    private static String name(ProcessDefinition definition) {
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

}

package com.taxcollab.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open user tasks an event is about: those with the given activity id in the nearest scope
 * around the raising execution. In a multi-instance (one subprocess per rectification item, say),
 * the reminder of one item's timer thus concerns that item's task, not every item's.
 */
@Component
class ConcernedTasks {

    private final TaskService taskService;
    private final PrivilegedEngine engine;

    ConcernedTasks(TaskService taskService, PrivilegedEngine engine) {
        this.taskService = taskService;
        this.engine = engine;
    }

    List<TaskFacts> near(DelegateExecution execution, String taskKey) {
        return engine.call(() -> {
            List<Task> tasks = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(taskKey).list();
            return nearest(execution.getId(), tasks).stream()
                    .map(task -> TaskFacts.of(task, taskService.getIdentityLinksForTask(task.getId())))
                    .toList();
        });
    }

    private static List<Task> nearest(String executionId, List<Task> tasks) {
        if (tasks.size() <= 1) {
            return tasks;
        }
        ExecutionManager executions = Context.getCommandContext().getExecutionManager();
        List<Set<String>> lineages = tasks.stream().map(task -> lineage(executions, task.getExecutionId())).toList();
        for (String scope : lineage(executions, executionId)) {
            List<Task> inScope = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (lineages.get(i).contains(scope)) {
                    inScope.add(tasks.get(i));
                }
            }
            if (!inScope.isEmpty()) {
                return inScope;
            }
        }
        return tasks;
    }

    /** The execution and its ancestors, nearest first. */
    private static Set<String> lineage(ExecutionManager executions, String executionId) {
        Set<String> ids = new LinkedHashSet<>();
        String current = executionId;
        while (current != null && ids.add(current)) {
            ExecutionEntity execution = executions.findExecutionById(current);
            current = execution == null ? null : execution.getParentId();
        }
        return ids;
    }
}

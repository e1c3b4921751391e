package com.taxcollab.tasks;

import com.taxcollab.system.EngineAsSystem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up the read model is checked against the engine and written again from it when they
 * differ: a database from before the read model existed, or restored from a backup of the engine only.
 */
@Component
class OpenWorkRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(OpenWorkRebuild.class);
    private static final int PAGE = 500;

    private final OpenWork openWork;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final TransactionTemplate transaction;
    private final RepositoryService repositoryService;

    OpenWorkRebuild(OpenWork openWork, TaskService taskService, RuntimeService runtimeService, EngineAsSystem engine,
            TransactionTemplate transaction, RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
        this.openWork = openWork;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        long open = engine.call(() -> taskService.createTaskQuery().count());
        if (open != openWork.size()) {
            LOG.info("待办 read model holds {} tasks, the engine {}: rebuilding it", openWork.size(), open);
            rebuild();
        }
    }

    void rebuild() {
        transaction.executeWithoutResult(status -> engine.run(() -> {
            openWork.clear();
            Map<String, String> keys = new HashMap<>();
            for (int first = 0; ; first += PAGE) {
                List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
                if (tasks.isEmpty()) {
                    return;
                }
                Set<String> instances = tasks.stream().map(Task::getProcessInstanceId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                Map<String, ProcessInstance> byId = instances.isEmpty() ? Map.of() : runtimeService
                        .createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, p -> p));
                for (Task task : tasks) {
                    ProcessInstance instance = byId.get(task.getProcessInstanceId());
                    openWork.put(new OpenWork.Row(task.getId(), instance == null ? null : instance.getBusinessKey(),
                            keys.computeIfAbsent(task.getProcessDefinitionId(),
                                    id -> repositoryService.getProcessDefinition(id).getKey()),
                            task.getName(), task.getTenantId(), task.getAssignee(), task.getCreateTime(),
                            task.getDueDate(), taskService.getIdentityLinksForTask(task.getId())));
                }
            }
        }));
    }
}

package com.taxcollab.tasks;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.EngineAsSystem;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The officer's tasks through the product: the ones offered to their departments in their jurisdictions. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private static final int LIST_LIMIT = 200;

    private final TaskWork work;
    private final CurrentUserService currentUsers;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseRegistry registry;
    private final EngineAsSystem engine;

    TaskController(TaskWork work, CurrentUserService currentUsers, TaskService taskService,
            RuntimeService runtimeService, CaseRegistry registry, EngineAsSystem engine) {
        this.work = work;
        this.currentUsers = currentUsers;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.registry = registry;
        this.engine = engine;
    }

    record TaskSummary(String id, String name, String taskKey, String caseNumber, String caseTitle, String assignee,
            Date created, Date due) {
    }

    record TaskDetail(TaskSummary task, String formId, List<FormField> fields) {
    }

    record Completion(Map<String, Object> variables) {
    }

    @GetMapping
    List<TaskSummary> mine() {
        CurrentUser user = currentUsers.require();
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        List<Task> tasks = engine.call(() -> taskService.createTaskQuery()
                .tenantIdIn(user.jurisdictions().toArray(String[]::new))
                .or().taskAssignee(user.id()).taskCandidateUser(user.id())
                .taskCandidateGroupIn(user.departments().isEmpty() ? List.of("-") : user.departments())
                .endOr().orderByTaskCreateTime().asc().listPage(0, LIST_LIMIT));
        Map<String, String> caseNumbers = tasks.isEmpty() ? Map.of() : engine.call(() -> runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey)));
        return tasks.stream().map(task -> summary(task, caseNumbers.get(task.getProcessInstanceId()))).toList();
    }

    @GetMapping("/{taskId}")
    TaskDetail one(@PathVariable String taskId) {
        Task task = work.workable(currentUsers.require(), taskId);
        String caseNumber = engine.call(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        FormContract contract = work.contract(task);
        return new TaskDetail(summary(task, caseNumber), contract.formId(), List.copyOf(contract.fields()));
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        work.claim(currentUsers.require(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        work.unclaim(currentUsers.require(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Completion completion) {
        work.complete(currentUsers.require(), taskId, completion == null ? Map.of() : completion.variables());
        return ResponseEntity.noContent().build();
    }

    private TaskSummary summary(Task task, String caseNumber) {
        String title = caseNumber == null ? null : registry.find(caseNumber).map(CaseRecord::title).orElse(null);
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber, title,
                task.getAssignee(), task.getCreateTime(), task.getDueDate());
    }
}

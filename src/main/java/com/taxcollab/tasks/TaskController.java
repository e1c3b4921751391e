package com.taxcollab.tasks;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.EngineAsSystem;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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

    private final TaskWork work;
    private final TaskLists lists;
    private final CurrentUserService currentUsers;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;

    TaskController(TaskWork work, TaskLists lists, CurrentUserService currentUsers, RuntimeService runtimeService,
            EngineAsSystem engine) {
        this.work = work;
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    record TaskDetail(TaskLists.TaskSummary task, String formId, List<FormField> fields) {
    }

    record Completion(Map<String, Object> variables) {
    }

    /** 待办, the nearest due date first. */
    @GetMapping
    List<TaskLists.TaskSummary> todo() {
        return lists.todo(currentUsers.require());
    }

    /** 已办, the latest first. */
    @GetMapping("/done")
    List<TaskLists.TaskSummary> done() {
        return lists.done(currentUsers.require());
    }

    @GetMapping("/{taskId}")
    TaskDetail one(@PathVariable String taskId) {
        Task task = work.workable(currentUsers.require(), taskId);
        String caseNumber = engine.call(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        FormContract contract = work.contract(task);
        return new TaskDetail(lists.summary(task, caseNumber), contract.formId(), List.copyOf(contract.fields()));
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
}

package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.calendar.DueLight;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.validation.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The officer's tasks through the product: the ones offered to their departments in their jurisdictions. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskWork work;
    private final TaskLists lists;
    private final CurrentUserService currentUsers;
    private final CaseRegistry registry;
    private final TaskReminders reminders;
    private final TaskForms forms;
    private final TaskReassignment reassignment;

    TaskController(TaskWork work, TaskLists lists, CurrentUserService currentUsers, CaseRegistry registry,
            TaskReminders reminders, TaskForms forms, TaskReassignment reassignment) {
        this.reassignment = reassignment;
        this.forms = forms;
        this.work = work;
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.registry = registry;
        this.reminders = reminders;
    }

    /** The task, its form (schema, the values it opens with, the user's draft if any) and its fields' rules. */
    record TaskDetail(TaskLists.TaskSummary task, String formId, List<FormField> fields, JsonNode schema,
            Map<String, Object> values, OffsetDateTime draftSavedAt) {
    }

    record Saved(OffsetDateTime savedAt) {
    }

    record Completion(Map<String, Object> variables) {
    }

    /** What a user opened and where it stands (我发起的). */
    record StartedCase(String caseNumber, String title, String type, String typeLabel, String status,
            String statusLabel, OffsetDateTime createdAt) {
    }

    /**
     * {@code view=todo} (default): 待办, narrowed by {@code type} (case type), {@code light} (RED, YELLOW,
     * GREEN, NONE), {@code q} (in the case number, case title or task name), {@code department} and
     * {@code jurisdiction} (one of the caller's), ordered by {@code sort} (DUE, the default; RECEIVED; CASE),
     * paged by {@code page} and {@code size} (20 by default); {@code done}: 已办, the latest first, each
     * with its decision; {@code started}: the cases the user opened, with their state. Both are searched
     * by {@code q} too (case number, case title; 已办 also the task name).
     */
    @GetMapping
    List<?> list(@RequestParam(defaultValue = "todo") String view, @RequestParam(required = false) String type,
            @RequestParam(required = false) String light, @RequestParam(required = false) String q,
            @RequestParam(required = false) String department, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = currentUsers.require();
        // unpaged, the first 200 as before paging existed
        boolean narrowed = type != null || light != null || q != null || department != null || jurisdiction != null
                || sort != null || page != null || size != null;
        return switch (view) {
            case "todo" -> narrowed ? lists.todo(user, TodoFilter.of(type, light, q, department, jurisdiction, sort,
                    page, size)) : lists.todo(user);
            case "done" -> lists.done(user, q);
            case "started" -> registry.openedBy(user.id(), Texts.search(q), TaskLists.LIMIT).stream()
                    .map(c -> new StartedCase(c.caseNumber(), c.title(), c.type().name(), c.type().label(),
                            c.status().name(), c.status().label(),
                            c.createdAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime())).toList();
            default -> throw new InvalidInputException("view", "应为 todo（待办）、done（已办）或 started（我发起的）");
        };
    }

    /** How many tasks are waiting for the caller, and how many in each light: the header shows the first. */
    @GetMapping("/count")
    Map<String, Object> count() {
        CurrentUser user = currentUsers.require();
        Map<DueLight, Long> lights = lists.lightCounts(user, TodoFilter.ALL);
        return Map.of("todo", lights.values().stream().mapToLong(Long::longValue).sum(), "lights", lights);
    }

    @GetMapping("/{taskId}")
    TaskDetail one(@PathVariable String taskId) {
        CurrentUser user = currentUsers.require();
        Task task = work.workable(user, taskId);
        FormContract contract = work.contract(task);
        TaskForms.FormView form = forms.of(user, task);
        return new TaskDetail(lists.summary(user, task), contract.formId(), List.copyOf(contract.fields()), form.schema(),
                form.values(), china(form.draftSavedAt()));
    }

    /** 暂存: the answers so far, for the user alone; the task stays open. */
    @PostMapping("/{taskId}/draft")
    Saved draft(@PathVariable String taskId, @RequestBody(required = false) Completion answers) {
        return new Saved(china(forms.saveDraft(currentUsers.require(), taskId,
                answers == null ? null : answers.variables())));
    }

    private static OffsetDateTime china(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
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

    record Delegation(String to, String note) {
    }

    record Reminder(List<String> taskIds, String note) {
    }

    record Reminded(int reminded) {
    }

    record Reassignment(List<String> taskIds, String to, String note) {
    }

    record Reassigned(int reassigned) {
    }

    /** 批量转办 by a supervisor or leader, to one officer to whom every task is offered. */
    @PostMapping("/reassign")
    Reassigned reassign(@RequestBody(required = false) Reassignment request, HttpServletRequest http) {
        Reassignment given = request == null ? new Reassignment(null, null, null) : request;
        return new Reassigned(reassignment.reassign(currentUsers.require(), given.taskIds(), given.to(), given.note(),
                http.getRemoteAddr()));
    }

    /** 批量催办 by a supervisor or leader. */
    @PostMapping("/remind")
    Reminded remind(@RequestBody(required = false) Reminder reminder, HttpServletRequest http) {
        Reminder given = reminder == null ? new Reminder(null, null) : reminder;
        return new Reminded(reminders.remind(currentUsers.require(), given.taskIds(), given.note(),
                http.getRemoteAddr()));
    }

    /** 转办 to a colleague of the same department and jurisdiction, with a note. */
    @PostMapping("/{taskId}/delegate")
    ResponseEntity<Void> delegate(@PathVariable String taskId, @RequestBody(required = false) Delegation delegation) {
        Delegation given = delegation == null ? new Delegation(null, null) : delegation;
        work.delegate(currentUsers.require(), taskId, given.to(), given.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Completion completion) {
        work.complete(currentUsers.require(), taskId, completion == null ? Map.of() : completion.variables());
        return ResponseEntity.noContent().build();
    }
}

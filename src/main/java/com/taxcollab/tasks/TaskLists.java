package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * An officer's 待办 (the tasks offered to their departments in their jurisdictions, or theirs) and
 * 已办 (the tasks they completed), each with its case, for the workbench and {@code /api/tasks}.
 */
@Component
class TaskLists {

    static final int LIMIT = 200;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CaseRegistry registry;
    private final EngineAsSystem engine;
    private final WorkingDayCalendar workingDays;
    private final Clock clock;

    TaskLists(TaskService taskService, HistoryService historyService, CaseRegistry registry, EngineAsSystem engine,
            WorkingDayCalendar workingDays, Clock clock) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.registry = registry;
        this.engine = engine;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    record TaskSummary(String id, String name, String taskKey, String caseNumber, String caseTitle, String assignee,
            Date created, Date due, DueLight light, String lightLabel, Integer workingDaysLeft, Date completed) {
    }

    List<TaskSummary> todo(CurrentUser user) {
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        List<Task> tasks = engine.call(() -> todoQuery(user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, LIMIT));
        Map<String, String> cases = caseNumbers(tasks.stream().map(Task::getProcessInstanceId).toList());
        return tasks.stream().map(task -> summary(task, cases.get(task.getProcessInstanceId()))).toList();
    }

    long todoCount(CurrentUser user) {
        return user.jurisdictions().isEmpty() ? 0 : engine.call(() -> todoQuery(user).count());
    }

    /** The user's or their departments', in their jurisdictions: the one definition of 待办. */
    private TaskQuery todoQuery(CurrentUser user) {
        return taskService.createTaskQuery().tenantIdIn(user.jurisdictions().toArray(String[]::new))
                .or().taskAssignee(user.id()).taskCandidateUser(user.id())
                .taskCandidateGroupIn(user.departments().isEmpty() ? List.of("-") : user.departments())
                .endOr();
    }

    List<TaskSummary> done(CurrentUser user) {
        List<HistoricTaskInstance> tasks = engine.call(() -> historyService.createHistoricTaskInstanceQuery()
                .taskAssignee(user.id()).finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, LIMIT));
        Map<String, String> cases = caseNumbers(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return tasks.stream().map(task -> {
            String caseNumber = cases.get(task.getProcessInstanceId());
            return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber,
                    title(caseNumber), task.getAssignee(), task.getStartTime(), task.getDueDate(), null, null, null,
                    task.getEndTime());
        }).toList();
    }

    /** One open task with its case and light. */
    TaskSummary summary(Task task) {
        return summary(task, caseNumbers(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()));
    }

    private TaskSummary summary(Task task, String caseNumber) {
        DueLight.Reading due = DueLight.of(task.getDueDate(), clock, workingDays);
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber, title(caseNumber),
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), due.light(), due.light().label(),
                due.workingDaysLeft(), null);
    }

    private Map<String, String> caseNumbers(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return engine.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey)));
    }

    private String title(String caseNumber) {
        return caseNumber == null ? null : registry.find(caseNumber).map(CaseRecord::title).orElse(null);
    }
}

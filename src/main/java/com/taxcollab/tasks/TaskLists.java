package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.time.LocalDate;
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
    /** A search by title looks at this many of the newest matching cases. */
    private static final int TITLE_MATCHES = 500;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CaseRegistry registry;
    private final EngineAsSystem engine;
    private final WorkingDayCalendar workingDays;
    private final Clock clock;
    private final Substitutions substitutions;

    TaskLists(TaskService taskService, HistoryService historyService, CaseRegistry registry, EngineAsSystem engine,
            WorkingDayCalendar workingDays, Clock clock, Substitutions substitutions) {
        this.substitutions = substitutions;
        this.taskService = taskService;
        this.historyService = historyService;
        this.registry = registry;
        this.engine = engine;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** {@code onBehalfOf}: the name of the absent colleague whose task this is (代理), or null. */
    record TaskSummary(String id, String name, String taskKey, String caseNumber, String caseTitle, String assignee,
            Date created, Date due, DueLight light, String lightLabel, Integer workingDaysLeft, Date completed,
            String onBehalfOf) {
    }

    List<TaskSummary> todo(CurrentUser user) {
        return todo(user, TodoFilter.ALL);
    }

    /** 待办 narrowed and paged in the engine's query, the nearest due date first. */
    List<TaskSummary> todo(CurrentUser user, TodoFilter filter) {
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        List<String> principals = substitutions.principalsOf(user.id());
        List<Task> tasks = engine.call(() -> filtered(user, todoQuery(user, principals), filter).orderByDueDate().asc()
                .orderByTaskCreateTime().asc().listPage(filter.paging().offset(), filter.paging().size()));
        Map<String, String> cases = caseNumbers(tasks.stream().map(Task::getProcessInstanceId).toList());
        return tasks.stream().map(task -> summary(task, cases.get(task.getProcessInstanceId()), principals)).toList();
    }

    long todoCount(CurrentUser user) {
        return todoCount(user, TodoFilter.ALL);
    }

    long todoCount(CurrentUser user, TodoFilter filter) {
        if (user.jurisdictions().isEmpty()) {
            return 0;
        }
        List<String> principals = substitutions.principalsOf(user.id());
        return engine.call(() -> filtered(user, todoQuery(user, principals), filter).count());
    }

    /**
     * The filter as the engine's query: a light is a range of due dates, with the bounds {@link DueLight}
     * uses (yellow from the start of the 4th working day after today back to now).
     */
    private TaskQuery filtered(CurrentUser user, TaskQuery query, TodoFilter filter) {
        if (filter.type() != null) {
            query.processDefinitionKey(filter.type().processKey());
        }
        if (filter.text() != null) {
            String like = "%" + filter.text().replace("%", "").replace("_", "") + "%";
            List<String> titled = registry.openWithTitleContaining(filter.text(), user.jurisdictions(), TITLE_MATCHES);
            var or = query.or().processInstanceBusinessKeyLike(like).taskNameLike(like);
            if (!titled.isEmpty()) {
                or.processInstanceBusinessKeyIn(titled.toArray(String[]::new));
            }
            or.endOr();
        }
        if (filter.light() != null) {
            Date now = Date.from(clock.instant());
            LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
            Date yellowFrom = Date.from(workingDays.addWorkingDays(today, DueLight.YELLOW_WORKING_DAYS + 1)
                    .atStartOfDay(ChinaTime.ZONE).toInstant());
            switch (filter.light()) {
                case RED -> query.dueBefore(now);
                case YELLOW -> query.dueAfter(new Date(now.getTime() - 1)).dueBefore(yellowFrom);
                case GREEN -> query.dueAfter(new Date(yellowFrom.getTime() - 1));
                case NONE -> query.withoutDueDate();
            }
        }
        return query;
    }

    /**
     * The user's, their departments' or those of the colleagues they stand in for (代理), in their
     * jurisdictions: the one definition of 待办.
     */
    private TaskQuery todoQuery(CurrentUser user, List<String> principals) {
        String[] assignees = java.util.stream.Stream.concat(java.util.stream.Stream.of(user.id()), principals.stream())
                .toArray(String[]::new);
        return taskService.createTaskQuery().tenantIdIn(user.jurisdictions().toArray(String[]::new))
                .or().taskAssigneeIn(assignees).taskCandidateUser(user.id())
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
                    task.getEndTime(), null);
        }).toList();
    }

    /** One open task with its case and light, as the user sees it. */
    TaskSummary summary(CurrentUser user, Task task) {
        return summary(task, caseNumbers(List.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()),
                substitutions.principalsOf(user.id()));
    }

    private TaskSummary summary(Task task, String caseNumber, List<String> principals) {
        DueLight.Reading due = DueLight.of(task.getDueDate(), clock, workingDays);
        String onBehalfOf = principals.contains(task.getAssignee()) ? substitutions.nameOf(task.getAssignee()) : null;
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber, title(caseNumber),
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), due.light(), due.light().label(),
                due.workingDaysLeft(), null, onBehalfOf);
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

package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.TaskDecisions;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.validation.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    private final OpenWork openWork;
    private final TaskDecisions decisions;

    TaskLists(TaskService taskService, HistoryService historyService, CaseRegistry registry, EngineAsSystem engine,
            WorkingDayCalendar workingDays, Clock clock, Substitutions substitutions, OpenWork openWork,
            TaskDecisions decisions) {
        this.decisions = decisions;
        this.openWork = openWork;
        this.substitutions = substitutions;
        this.taskService = taskService;
        this.historyService = historyService;
        this.registry = registry;
        this.engine = engine;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * {@code onBehalfOf}: the name of the absent colleague whose task this is (代理), or null;
     * {@code decision}: what a completed task decided ("协商结果：达成一致"), or null.
     */
    record TaskSummary(String id, String name, String taskKey, String caseNumber, String caseTitle, String assignee,
            Date created, Date due, DueLight light, String lightLabel, Integer workingDaysLeft, Date completed,
            String onBehalfOf, String decision) {
    }

    List<TaskSummary> todo(CurrentUser user) {
        return todo(user, TodoFilter.ALL);
    }

    /** 待办 narrowed and paged in the read model, the nearest due date first. */
    List<TaskSummary> todo(CurrentUser user, TodoFilter filter) {
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        List<String> principals = substitutions.principalsOf(user.id());
        List<String> ids = openWork.page(query(user, principals, filter), filter.sort(), filter.paging().offset(),
                filter.paging().size());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> tasks = engine.call(() -> taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new))
                .list()).stream().collect(Collectors.toMap(Task::getId, task -> task));
        Map<String, String> cases = caseNumbers(tasks.values().stream().map(Task::getProcessInstanceId).toList());
        // a task that ended between the two reads is left out
        return ids.stream().map(tasks::get).filter(java.util.Objects::nonNull)
                .map(task -> summary(task, cases.get(task.getProcessInstanceId()), principals)).toList();
    }

    /**
     * How many of the filtered 待办 are in each light, whatever light the filter names, in one read;
     * their sum is the whole 待办 without the light.
     */
    Map<DueLight, Long> lightCounts(CurrentUser user, TodoFilter filter) {
        if (user.jurisdictions().isEmpty()) {
            Map<DueLight, Long> none = new java.util.EnumMap<>(DueLight.class);
            for (DueLight light : DueLight.values()) {
                none.put(light, 0L);
            }
            return none;
        }
        LightBounds bounds = lightBounds();
        return openWork.lightCounts(query(user, substitutions.principalsOf(user.id()), filter.withLight(null)),
                bounds.now(), bounds.yellowFrom());
    }

    /** Where the lights change: red before now, yellow from now to the start of the 4th working day after today. */
    private record LightBounds(OffsetDateTime now, OffsetDateTime yellowFrom) {
    }

    private LightBounds lightBounds() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return new LightBounds(OffsetDateTime.now(clock), workingDays.addWorkingDays(today,
                DueLight.YELLOW_WORKING_DAYS + 1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime());
    }

    /**
     * The one definition of 待办 narrowed by the filter: a light is a range of due dates, with the bounds
     * {@link DueLight} uses.
     */
    private OpenWorkQuery query(CurrentUser user, List<String> principals, TodoFilter filter) {
        if (filter.jurisdiction() != null && !user.inJurisdiction(filter.jurisdiction())) {
            throw new InvalidInputException("jurisdiction", "不是您所在的辖区：" + filter.jurisdiction());
        }
        if (filter.department() != null && !user.inDepartment(filter.department())) {
            throw new InvalidInputException("department", "不是您所在的部门：" + filter.department());
        }
        OpenWorkQuery query = OpenWorkQuery.of(user.id(), user.departments(),
                filter.jurisdiction() == null ? user.jurisdictions() : List.of(filter.jurisdiction()), principals);
        if (filter.department() != null) {
            query.department(filter.department());
        }
        if (filter.type() != null) {
            query.processKey(filter.type().processKey());
        }
        if (filter.text() != null) {
            query.text(Texts.containing(filter.text()),
                    registry.openWithTitleContaining(filter.text(), user.jurisdictions(), TITLE_MATCHES));
        }
        if (filter.light() != null) {
            LightBounds bounds = lightBounds();
            switch (filter.light()) {
                case RED -> query.dueBefore(bounds.now());
                case YELLOW -> query.dueFrom(bounds.now()).dueBefore(bounds.yellowFrom());
                case GREEN -> query.dueFrom(bounds.yellowFrom());
                case NONE -> query.withoutDueDate();
            }
        }
        return query;
    }

    /**
     * 已办, the latest first, with the decision each took; {@code text} (optional) narrows it to tasks
     * whose case number, case title or task name contains it.
     */
    List<TaskSummary> done(CurrentUser user, String text) {
        String search = Texts.search(text);
        List<HistoricTaskInstance> tasks = engine.call(() -> {
            var query = historyService.createHistoricTaskInstanceQuery().taskAssignee(user.id()).finished();
            if (search != null) {
                String like = Texts.containing(search);
                List<String> titled = registry.withTitleContaining(search, user.jurisdictions(), TITLE_MATCHES);
                // or() answers the query of the alternatives; endOr() the query they belong to
                var anyOf = query.or().processInstanceBusinessKeyLike(like).taskNameLike(like);
                if (!titled.isEmpty()) {
                    anyOf.processInstanceBusinessKeyIn(titled.toArray(String[]::new));
                }
                query = anyOf.endOr();
            }
            return query.orderByHistoricTaskInstanceEndTime().desc().listPage(0, LIMIT);
        });
        Map<String, String> cases = caseNumbers(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId)
                .toList());
        Map<String, String> decided = decisions.of(tasks.stream().map(HistoricTaskInstance::getId).toList());
        return tasks.stream().map(task -> {
            String caseNumber = cases.get(task.getProcessInstanceId());
            return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber,
                    title(caseNumber), task.getAssignee(), task.getStartTime(), task.getDueDate(), null, null, null,
                    task.getEndTime(), null, decided.get(task.getId()));
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
                due.workingDaysLeft(), null, onBehalfOf, null);
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

package com.taxcollab.security;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer sees. The engine narrows each to the user's jurisdictions
 * (tenants) and to the tasks the user is authorized for.
 */
@Component
class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void ensure() {
        ensure("本部门待办", 10, "本人所在部门可以认领的任务", taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensure("我的任务", 20, "已由我认领的任务", taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}"));
        ensure("全部可见任务", 30, "本人有权查看的全部任务", taskService.createTaskQuery());
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filterService.saveFilter(filter);
    }
}

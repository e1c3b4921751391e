package com.taxcollab.tasks;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tasks a supervisor or leader picked for bulk work (批量催办, 批量转办): open tasks of their
 * jurisdictions, 1 to 50 of them; each one that is not is a problem naming its place in the list.
 */
@Component
class SupervisedTasks {

    static final int MAX_TASKS = 50;

    private final TaskService taskService;
    private final EngineAsSystem engine;

    SupervisedTasks(TaskService taskService, EngineAsSystem engine) {
        this.taskService = taskService;
        this.engine = engine;
    }

    static void requireSupervisor(CurrentUser user, String work) {
        if (!user.inDepartment(Departments.SUPERVISION) && !user.inDepartment(Departments.LEADERSHIP)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有督查部门和分管领导可以" + work);
        }
    }

    /** The picked tasks in their order; a problem for each one missing, finished or out of reach. */
    List<Task> resolve(CurrentUser user, List<String> taskIds, List<FieldProblem> problems) {
        if (taskIds == null || taskIds.isEmpty() || taskIds.size() > MAX_TASKS) {
            problems.add(new FieldProblem("taskIds", "请选择 1 至 " + MAX_TASKS + " 项任务"));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; taskIds != null && i < taskIds.size(); i++) {
            String id = taskIds.get(i);
            Task task = Texts.blank(id) ? null
                    : engine.call(() -> taskService.createTaskQuery().taskId(id.strip()).singleResult());
            if (task == null || !user.inJurisdiction(task.getTenantId())) {
                problems.add(new FieldProblem("taskIds[" + i + "]", "任务不存在、已办结或不在您的督办范围：" + id));
            }
            tasks.add(task);
        }
        return tasks;
    }
}

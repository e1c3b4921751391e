package com.taxcollab.tasks;

import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * 批量转办: a supervisor or leader hands several open tasks to one officer to whom each is offered, in
 * its jurisdiction; each task's timeline and the audit trail say who handed it to whom and why. Every
 * task is checked first: when one cannot go to that officer, none goes.
 */
@Service
class TaskReassignment {

    private final SupervisedTasks supervised;
    private final TaskWork work;
    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final CurrentUserService users;
    private final CaseAudit audit;

    TaskReassignment(SupervisedTasks supervised, TaskWork work, TaskService taskService, EngineAsSystem engine,
            CurrentUserService users, CaseAudit audit) {
        this.supervised = supervised;
        this.work = work;
        this.taskService = taskService;
        this.engine = engine;
        this.users = users;
        this.audit = audit;
    }

    int reassign(CurrentUser user, List<String> taskIds, String to, String note, String address) {
        SupervisedTasks.requireSupervisor(user, "转办");
        List<FieldProblem> problems = new ArrayList<>();
        List<Task> tasks = supervised.resolve(user, taskIds, problems);
        Texts.required(problems, "to", to, "转办对象", 64);
        Texts.optional(problems, "note", note, "转办说明", TaskWork.MAX_DELEGATION_NOTE);
        CurrentUser target = Texts.blank(to) ? null : engine.call(() -> users.load(to.strip()));
        for (int i = 0; target != null && i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task != null && !work.mayReceive(target, task)) {
                problems.add(new FieldProblem("taskIds[" + i + "]", "「" + task.getName() + "」不能转办给 " + target.name()
                        + "：只能转办给本辖区、承办该任务的部门人员"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Task task : tasks) {
            String message = "转办：" + task.getName() + "，由 " + user.name() + " 交 " + target.name() + " 办理"
                    + (Texts.blank(note) ? "" : "。" + note.strip());
            engine.run(() -> {
                taskService.setAssignee(task.getId(), target.id());
                taskService.createComment(task.getId(), task.getProcessInstanceId(), message);
            });
            audit.record(user.id(), work.caseNumberOf(task), AuditAction.TASK_REASSIGNED, message, true, address);
        }
        return tasks.size();
    }
}

package com.taxcollab.tasks;

import com.taxcollab.cases.TaskDecisions;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * An officer's work on a task, the same through every surface (our API, Tasklist): only a member
 * of a department the task is offered to, in the task's jurisdiction, or its assignee, sees it
 * (everyone else is told it does not exist); claiming takes an unclaimed task; completing writes
 * only what the task's form allows, and runs as the officer so the case records who did it.
 */
@Service
public class TaskWork {

    private static final String FINISHED = "此任务已经办结，请刷新后查看案件的最新状态";
    static final int MAX_DELEGATION_NOTE = 500;

    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final FormContracts contracts;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final CurrentUserService users;
    private final IdentityService identityService;
    private final Substitutions substitutions;
    private final CaseAudit audit;
    private final TaskDecisions decisions;

    TaskWork(TaskService taskService, EngineAsSystem engine, FormContracts contracts, HistoryService historyService,
            RuntimeService runtimeService, CurrentUserService users, IdentityService identityService,
            Substitutions substitutions, CaseAudit audit, TaskDecisions decisions) {
        this.decisions = decisions;
        this.identityService = identityService;
        this.substitutions = substitutions;
        this.audit = audit;
        this.taskService = taskService;
        this.engine = engine;
        this.contracts = contracts;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.users = users;
    }

    /** The task, if it is the user's to work; a 404 otherwise, the same as for a task that does not exist. */
    public Task workable(CurrentUser user, String taskId) {
        Task task = engine.call(() -> taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        if (task == null && finishedInJurisdictionOf(user, taskId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, FINISHED);
        }
        if (task == null || !user.inJurisdiction(task.getTenantId())
                || !finishedMeanwhileIsConflict(taskId, () -> offeredTo(user, task))) {
            throw new NotFoundException("任务不存在或不属于您的部门：" + taskId);
        }
        return task;
    }

    boolean exists(String taskId) {
        return engine.call(() -> taskService.createTaskQuery().taskId(taskId).count()) > 0;
    }

    FormContract contract(Task task) {
        return engine.call(() -> contracts.of(task));
    }

    public void claim(CurrentUser user, String taskId) {
        if (claimable(user, taskId)) {
            taskService.claim(taskId, user.id());
        }
    }

    /** Whether the task is free for the user to claim (false: it is theirs already); 404 or 409 otherwise. */
    boolean claimable(CurrentUser user, String taskId) {
        Task task = workable(user, taskId);
        if (user.id().equals(task.getAssignee()) || substitutions.standsInFor(user.id(), task.getAssignee())) {
            return false;
        }
        requireUnclaimed(task);
        return true;
    }

    public void unclaim(CurrentUser user, String taskId) {
        if (unclaimable(user, taskId)) {
            taskService.setAssignee(taskId, null);
        }
    }

    /** Whether the user holds the task and may give it back (false: nobody holds it); 409 when another does. */
    boolean unclaimable(CurrentUser user, String taskId) {
        Task task = workable(user, taskId);
        if (task.getAssignee() == null) {
            return false;
        }
        if (!user.id().equals(task.getAssignee())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "任务已由他人签收，只有签收人可以退回：" + task.getAssignee());
        }
        return true;
    }

    /**
     * Completes the task with the values of its form (checked first: nothing is written when any is
     * wrong); an unclaimed task is claimed on the way, a task someone else claimed is refused.
     */
    public void complete(CurrentUser user, String taskId, Map<String, Object> values) {
        Task open = workable(user, taskId);
        Map<String, Object> variables = completion(user, open, values);
        finishedMeanwhileIsConflict(taskId, () -> {
            Task task = workable(user, taskId);
            if (substitutions.standsInFor(user.id(), task.getAssignee())) {
                takeOverFromAbsent(user, task);
            } else if (claimable(user, taskId)) {
                taskService.claim(taskId, user.id());
            }
            taskService.complete(taskId, variables);
            return null;
        });
        // after the engine's own transaction: a lost decision costs a line of 已办, never the completion
        decisions.record(taskId, contract(open).decision(variables));
    }

    /** 代理: the substitute completes in their own name; the timeline and the audit say for whom. */
    private void takeOverFromAbsent(CurrentUser user, Task task) {
        String absent = substitutions.nameOf(task.getAssignee());
        String message = user.name() + " 代 " + absent + " 办理：" + task.getName();
        engine.run(() -> {
            taskService.setAssignee(task.getId(), user.id());
            taskService.createComment(task.getId(), task.getProcessInstanceId(), message);
        });
        audit.record(user.id(), caseNumberOf(task), AuditAction.TASK_BY_SUBSTITUTE, message, true, null);
    }

    /** The case a task belongs to. */
    String caseNumberOf(Task task) {
        return engine.call(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult()).getBusinessKey();
    }

    /**
     * 转办: the user passes a task they hold (or one still unclaimed) to a colleague to whom it is offered
     * too, in the task's jurisdiction, with a note; the case's timeline shows who passed it to whom.
     */
    public void delegate(CurrentUser user, String taskId, String to, String note) {
        Task task = workable(user, taskId);
        if (task.getAssignee() != null && !user.id().equals(task.getAssignee())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "任务已由他人签收，只有签收人可以转办：" + task.getAssignee());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Texts.required(problems, "to", to, "转办对象", 64);
        Texts.optional(problems, "note", note, "转办说明", MAX_DELEGATION_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String colleague = to.strip();
        if (colleague.equals(user.id())) {
            throw new InvalidInputException("to", "不能转办给自己");
        }
        CurrentUser target = engine.call(() -> users.load(colleague));
        if (!mayReceive(target, task)) {
            throw new InvalidInputException("to", "只能转办给本辖区、本任务所属部门的同事：" + colleague);
        }
        String message = "转办：" + task.getName() + "，" + user.name() + " → " + target.name()
                + (Texts.blank(note) ? "" : "。" + note.strip());
        finishedMeanwhileIsConflict(taskId, () -> {
            engine.run(() -> {
                taskService.setAssignee(taskId, colleague);
                taskService.createComment(taskId, task.getProcessInstanceId(), message);
            });
            return null;
        });
    }

    /**
     * Whether the task may be passed to this person: it is offered to them, in its jurisdiction. Someone
     * unknown has no department and no jurisdiction: refused like a colleague of another department.
     */
    boolean mayReceive(CurrentUser target, Task task) {
        return target.inJurisdiction(task.getTenantId()) && offeredTo(target, task);
    }

    record Colleague(String id, String name) {
    }

    /** Whom the user may pass the task to (转办): the others to whom it is offered, in its jurisdiction. */
    List<Colleague> colleagues(CurrentUser user, Task task) {
        return engine.call(() -> taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream())
                .map(org.camunda.bpm.engine.identity.User::getId).distinct().filter(id -> !id.equals(user.id()))
                .map(users::load).filter(colleague -> colleague.inJurisdiction(task.getTenantId()))
                .map(colleague -> new Colleague(colleague.id(), colleague.name())).toList());
    }

    /** The variables completing the task may write, after every check; nothing is written here. */
    private Map<String, Object> completion(CurrentUser user, Task task, Map<String, Object> values) {
        String taskId = task.getId();
        requireWorkableBy(user, task);
        Map<String, Object> filledIn = finishedMeanwhileIsConflict(taskId,
                () -> engine.call(() -> runtimeService.getVariables(task.getExecutionId())));
        return finishedMeanwhileIsConflict(taskId, () -> contract(task))
                .accept(values == null ? Map.of() : values, filledIn);
    }

    /**
     * Another submission of the same task may win the race and complete it while this one works: that
     * is a 409 for this one, not a server error. A genuine concurrent change stays an optimistic-locking
     * conflict (also 409, with a retry hint).
     */
    private <T> T finishedMeanwhileIsConflict(String taskId, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessEngineException e) {
            if (e instanceof OptimisticLockingException) {
                throw e;
            }
            if (!exists(taskId)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, FINISHED);
            }
            if (collided(e)) {
                // e.g. two claims at once each granting the claimant the task: one row wins
                throw new ResponseStatusException(HttpStatus.CONFLICT, "此任务正由他人同时办理，请刷新后重试");
            }
            throw e;
        }
    }

    /** A unique or serialization conflict in the database: another transaction did the same at once. */
    private static boolean collided(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The user holds the task or nobody does: 409 when someone else has claimed it. */
    void requireWorkableBy(CurrentUser user, Task task) {
        if (!user.id().equals(task.getAssignee()) && !substitutions.standsInFor(user.id(), task.getAssignee())) {
            requireUnclaimed(task);
        }
    }

    private static void requireUnclaimed(Task task) {
        if (task.getAssignee() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "任务已由他人签收：" + task.getAssignee());
        }
    }

    /** A task the user's department worked a moment ago, e.g. when two officers submit it at once. */
    private boolean finishedInJurisdictionOf(CurrentUser user, String taskId) {
        HistoricTaskInstance finished = engine.call(() -> historyService.createHistoricTaskInstanceQuery()
                .taskId(taskId).finished().singleResult());
        if (finished == null || !user.inJurisdiction(finished.getTenantId())) {
            return false;
        }
        return user.id().equals(finished.getAssignee()) || engine.call(() -> historyService
                .createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list())
                .stream().anyMatch(link -> link.getGroupId() != null && user.inDepartment(link.getGroupId()));
    }

    private boolean offeredTo(CurrentUser user, Task task) {
        if (user.id().equals(task.getAssignee()) || substitutions.standsInFor(user.id(), task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = engine.call(() -> taskService.getIdentityLinksForTask(task.getId()));
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> user.id().equals(link.getUserId())
                        || (link.getGroupId() != null && user.inDepartment(link.getGroupId())));
    }
}

package com.taxcollab.tasks;

import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.notification.TaskNotices;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * 批量催办: a supervisor or leader presses several open tasks of their jurisdictions at once; whoever
 * must work each is reminded with the presser's words, the case's timeline shows it and the audit
 * trail records it. Every task is checked first: one that is not theirs to press, and none is pressed.
 */
@Service
class TaskReminders {

    static final int MAX_NOTE = 500;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskNotices notices;
    private final CaseAudit audit;
    private final EngineAsSystem engine;
    private final SupervisedTasks supervised;

    TaskReminders(TaskService taskService, RuntimeService runtimeService, TaskNotices notices, CaseAudit audit,
            EngineAsSystem engine, SupervisedTasks supervised) {
        this.supervised = supervised;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.notices = notices;
        this.audit = audit;
        this.engine = engine;
    }

    int remind(CurrentUser user, List<String> taskIds, String note, String address) {
        SupervisedTasks.requireSupervisor(user, "催办");
        List<FieldProblem> problems = new ArrayList<>();
        List<Task> tasks = supervised.resolve(user, taskIds, problems);
        Texts.optional(problems, "note", note, "催办意见", MAX_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String words = "催办：" + (Texts.blank(note) ? "请抓紧办理" : note.strip()) + "（" + user.name() + "）";
        for (Task task : tasks) {
            String caseNumber = engine.call(() -> {
                ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult();
                notices.press(task, taskService.getIdentityLinksForTask(task.getId()), instance.getBusinessKey(),
                        words);
                taskService.createComment(task.getId(), task.getProcessInstanceId(), task.getName() + "，" + words);
                return instance.getBusinessKey();
            });
            audit.record(user.id(), caseNumber, AuditAction.TASK_PRESSED, task.getName() + "，" + words, true, address);
        }
        return tasks.size();
    }
}

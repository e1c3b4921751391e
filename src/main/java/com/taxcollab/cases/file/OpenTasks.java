package com.taxcollab.cases.file;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.cases.file.CaseFileView.OpenTask;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.PagePaths;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of a case with their departments and a light for their due date. */
@Component
class OpenTasks {

    private final TaskService taskService;
    private final WorkingDayCalendar workingDays;
    private final Clock clock;

    OpenTasks(TaskService taskService, WorkingDayCalendar workingDays, Clock clock) {
        this.taskService = taskService;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    List<OpenTask> of(String processInstanceId, People people) {
        if (processInstanceId == null) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
                .list().stream().map(task -> view(task, people)).toList();
    }

    private OpenTask view(Task task, People people) {
        var departments = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> people.department(link.getGroupId())).toList();
        DueLight.Reading due = DueLight.of(task.getDueDate(), clock, workingDays);
        Integer left = due.workingDaysLeft();
        DueLight light = due.light();
        return new OpenTask(task.getId(), task.getName(), departments, task.getAssignee(),
                people.userName(task.getAssignee()), time(task.getCreateTime()), time(task.getDueDate()), left, light,
                light.label(), PagePaths.taskPage(task.getId()));
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE)
                .toOffsetDateTime();
    }
}

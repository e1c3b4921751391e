package com.taxcollab.cases.file;

import static com.taxcollab.cases.file.OpenTasks.time;

import com.taxcollab.cases.CaseDocument;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.TaskDecisions;
import com.taxcollab.cases.file.CaseFileView.TimelineEntry;
import com.taxcollab.system.ChinaTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** What happened in a case, who did it and when: the engine's history plus our own records. */
@Component
class Timeline {

    private final HistoryService historyService;
    private final TaskService taskService;
    private final TaskDecisions decisions;

    Timeline(HistoryService historyService, TaskService taskService, TaskDecisions decisions) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.decisions = decisions;
    }

    List<TimelineEntry> of(CaseRecord record, List<CaseDocument> documents, People people) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(record.createdAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                "立案：" + record.type().label(), record.initiator(), people.userName(record.initiator())));
        if (record.processInstanceId() != null) {
            List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(record.processInstanceId()).orderPartiallyByOccurrence().asc().list();
            Map<String, String> decided = decisions.of(activities.stream().map(HistoricActivityInstance::getTaskId)
                    .filter(java.util.Objects::nonNull).toList());
            activities.forEach(activity -> addActivity(entries, activity, people, departments(activity, people),
                    decided.get(activity.getTaskId())));
            // what officers noted on the case's tasks, such as a 转办 and its reason
            taskService.getProcessInstanceComments(record.processInstanceId()).forEach(comment -> entries.add(
                    new TimelineEntry(time(comment.getTime()), comment.getFullMessage(), comment.getUserId(),
                            people.userName(comment.getUserId()))));
        }
        for (CaseDocument document : documents) {
            entries.add(new TimelineEntry(document.uploadedAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                    "上传文书：" + document.kind() + "《" + document.fileName() + "》", document.uploadedBy(),
                    people.userName(document.uploadedBy())));
        }
        if (record.closedAt() != null) {
            entries.add(new TimelineEntry(record.closedAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                    "结案：" + record.status().label(), null, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** "（不动产登记中心）": the departments a user task was offered to, so that two alike tasks read apart. */
    private String departments(HistoricActivityInstance activity, People people) {
        if (activity.getTaskId() == null) {
            return "";
        }
        List<String> names = historyService.createHistoricIdentityLinkLogQuery().taskId(activity.getTaskId())
                .type(IdentityLinkType.CANDIDATE).operationType("add").list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).filter(java.util.Objects::nonNull).distinct()
                .map(group -> people.department(group).name()).toList();
        return names.isEmpty() ? "" : "（" + String.join("、", names) + "）";
    }

    /** A user task twice, when it came and when it ended (with the decision taken); other steps once. */
    private static void addActivity(List<TimelineEntry> entries, HistoricActivityInstance activity, People people,
            String departments, String decision) {
        String type = activity.getActivityType();
        if (type == null || type.endsWith("Gateway") || type.equals("multiInstanceBody") || type.equals("subProcess")) {
            return;
        }
        String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
        if (type.equals("userTask")) {
            entries.add(new TimelineEntry(time(activity.getStartTime()), "待办：" + name + departments, null, null));
            if (activity.getEndTime() != null) {
                String outcome = activity.isCanceled() ? "撤销：" : "办结：";
                entries.add(new TimelineEntry(time(activity.getEndTime()), outcome + name + departments
                        + (decision == null ? "" : "，" + decision), activity.getAssignee(),
                        people.userName(activity.getAssignee())));
            }
            return;
        }
        entries.add(new TimelineEntry(time(activity.getStartTime()), name, null, null));
    }
}

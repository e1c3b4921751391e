package com.taxcollab.notification;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The zh-CN wording of every event: title (also the mail subject) and text. */
@Component
class NotificationMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChinaTime.ZONE);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ChinaTime.ZONE);

    private final CaseRegistry cases;
    private final Organisation organisation;

    NotificationMessages(CaseRegistry cases, Organisation organisation) {
        this.cases = cases;
        this.organisation = organisation;
    }

    /**
     * @param task the task concerned, or null
     * @param group the department escalated to (ESCALATION only), or null
     * @param extra a sentence the process adds, or null
     */
    Notification compose(NotificationEvent event, CaseFacts c, TaskFacts task, String group, String extra,
            Set<String> to) {
        String caseRef = c.caseNumber() == null ? "" : "｜" + c.caseNumber();
        String taskName = task == null ? null : task.name();
        Instant due = task == null ? null : task.due();
        String dueRef = due == null ? "" : "｜截止" + DAY.format(due);
        String about = about(c);
        String text = switch (event) {
            case TASK_CREATED -> about + "有新任务「" + taskName + "」待办理。" + dueSentence(due, "请于", "前办理。");
            case TASK_ASSIGNED -> about + "的任务「" + taskName + "」已分派给您办理。" + dueSentence(due, "请于", "前办理。");
            case REMINDER -> about + "的任务「" + taskName + "」" + dueSentence(due, "将于", "到期，") + "请抓紧办理。";
            case OVERDUE -> about + "的任务「" + taskName + "」" + dueSentence(due, "已于", "到期，")
                    + "尚未办结，请尽快办理；督查部门已同步知悉。";
            case ESCALATION -> about + "已升级至" + departmentName(group) + "，请予协调处理。"
                    + (taskName == null ? "" : "涉及任务「" + taskName + "」" + dueSentence(due, "，期限", "。"));
            case CASE_CLOSED -> "您发起的" + about + "已办结。";
            case DOCUMENT_ISSUED -> about + "已印发，请在案卷中查阅。";
            case DIGEST -> throw new IllegalArgumentException("The daily digest is composed by DailyDigest");
        };
        String title = switch (event) {
            case TASK_CREATED -> "新待办：" + taskName + caseRef + dueRef;
            case TASK_ASSIGNED -> "任务分派给您：" + taskName + caseRef + dueRef;
            case REMINDER -> "即将到期：" + taskName + caseRef + dueRef;
            case OVERDUE -> "已逾期：" + taskName + caseRef + dueRef;
            case ESCALATION -> "升级督办" + caseRef + (taskName == null ? "" : "｜" + taskName) + dueRef;
            case CASE_CLOSED -> "案件已办结" + caseRef;
            case DOCUMENT_ISSUED -> "公文送达" + caseRef;
            case DIGEST -> throw new IllegalArgumentException("The daily digest is composed by DailyDigest");
        };
        if (extra != null && !extra.isBlank()) {
            text = text + extra.trim();
        }
        return new Notification(event, to, title, text, c.caseNumber(), c.jurisdiction(),
                task == null ? null : task.id(), taskName, due, c.processDefinitionId());
    }

    private String about(CaseFacts c) {
        if (c.caseNumber() == null) {
            return "";
        }
        String title = cases.find(c.caseNumber()).map(CaseRecord::title).orElse(null);
        return "案件 " + c.caseNumber() + (title == null ? " " : "（" + title + "）");
    }

    private String departmentName(String group) {
        return group == null ? "相关部门" : organisation.departmentName(group).orElse(group);
    }

    private static String dueSentence(Instant due, String before, String after) {
        return due == null ? "" : before + MINUTE.format(due) + after;
    }
}

package com.taxcollab.notification;

/** Why somebody is told: the events every process may raise, each with its zh-CN label. */
public enum NotificationEvent {
    TASK_CREATED("新待办"),
    TASK_ASSIGNED("任务分派"),
    REMINDER("到期提醒"),
    OVERDUE("逾期督办"),
    ESCALATION("升级督办"),
    CASE_CLOSED("案件办结"),
    DOCUMENT_ISSUED("公文送达"),
    /** the supervisors' daily digest of overdue and due-soon items */
    DIGEST("每日汇总");

    private final String label;

    NotificationEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

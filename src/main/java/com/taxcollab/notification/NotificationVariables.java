package com.taxcollab.notification;

/**
 * The input parameters (or local variables) a BPMN step sets for {@code sendNotificationDelegate}.
 * Processes set them in their model; they are listed here so the names live in one place.
 */
public final class NotificationVariables {

    /** one of REMINDER, OVERDUE, ESCALATION, CASE_CLOSED */
    public static final String EVENT = "notificationEvent";
    /** the activity id (task definition key) of the user task concerned */
    public static final String TASK = "notificationTask";
    /** the department for ESCALATION, narrowed to the case's jurisdiction */
    public static final String GROUP = "notificationGroup";
    /** an optional zh-CN sentence appended to the text */
    public static final String TEXT = "notificationText";

    private NotificationVariables() {
    }
}

package com.taxcollab.assistance;

/** The process variables of {@code AssistanceRequestProcess}; the forms use the same names. */
final class AssistanceVariables {

    static final String DUTY_NAME = "assistanceDutyName";
    static final String ASSISTING_DEPARTMENT = "assistingDepartment";
    static final String ASSISTING_DEPARTMENT_NAME = "assistingDepartmentName";
    static final String TAXPAYER_NAME = "taxpayerName";
    static final String REQUEST_TEXT = "requestText";
    static final String ANSWER_KIND = "answerKind";
    static final String MAY_REFUSE = "mayRefuse";
    static final String NEEDS_CONFIRMATION = "needsConfirmation";

    /** the duty's term as it stood when the request was filed: amount, unit, reminder and escalation offsets */
    static final String TERM_AMOUNT = "termAmount";
    static final String TERM_UNIT = "termUnit";
    static final String REMINDER_BEFORE = "reminderBefore";
    static final String ESCALATE_AFTER = "escalateAfter";

    /** due date of 办理协助请求, and when its reminder and escalation fire (from the duty's term) */
    static final String ANSWER_DUE = "answerDue";
    static final String ANSWER_DUE_TEXT = "answerDueText";
    static final String ANSWER_REMINDER = "answerReminder";
    static final String ANSWER_ESCALATION = "answerEscalation";

    /** the department's answer: ANSWER or REFUSE */
    static final String ANSWER = "assistanceAnswer";
    static final String ANSWER_TEXT = "answerText";
    /** for a 复核: TRUE (属实), FALSE (不属实) or PARTLY (部分属实) */
    static final String VERDICT = "verdict";
    static final String FIGURES = "figures";
    static final String REFUSAL_REASON = "refusalReason";

    /** the tax officer on an answer: CONFIRM or SUPPLEMENT */
    static final String REVIEW = "answerReview";
    static final String SUPPLEMENT_REASON = "supplementReason";
    /** the tax officer on a refusal: ACCEPT or DISPUTE */
    static final String REFUSAL_REVIEW = "refusalReview";
    static final String DISPUTE_REASON = "disputeReason";

    static final String ANSWERED = "ANSWER";
    static final String REFUSED = "REFUSE";

    private AssistanceVariables() {
    }
}

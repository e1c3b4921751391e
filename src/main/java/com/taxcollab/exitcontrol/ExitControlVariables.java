package com.taxcollab.exitcontrol;

/** The process variables and messages of {@code ExitControlProcess}; the forms use the same names. */
final class ExitControlVariables {

    static final String PERSON_NAME = "personName";
    static final String NOTICE_NO = "noticeNo";
    static final String TERM_MONTHS = "termMonths";
    /** the end of the control's term, when it lapses unless lifted earlier */
    static final String CONTROLLED_UNTIL = "controlledUntil";
    static final String REGISTRATION_NO = "registrationNo";
    static final String LIFT_NOTICE_NO = "liftNoticeNo";
    static final String LIFT_REGISTRATION_NO = "liftRegistrationNo";
    static final String RENEWAL_DECISION = "renewalDecision";
    static final String RENEWAL_REGISTRATION_NO = "renewalRegistrationNo";

    /** tax records that the taxes and late fees are paid, or a guarantee given */
    static final String SETTLED_MESSAGE = "ExitControlSettled";

    private ExitControlVariables() {
    }
}

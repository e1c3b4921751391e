package com.taxcollab.bankruptcy;

/** Variables of {@code BankruptcyNotificationProcess}. */
public final class BankruptcyVariables {

    public static final String PROCESS_KEY = "BankruptcyNotificationProcess";

    public static final String DEBTOR_NAME = "debtorName";
    public static final String DEBTOR_USCC = "debtorUscc";
    public static final String ADMINISTRATOR_NAME = "administratorName";
    public static final String ADMINISTRATOR_CONTACT = "administratorContact";
    public static final String ACCEPTED_ON = "acceptedOn";
    public static final String ANNOUNCED_ON = "announcedOn";
    /** The court's claim-declaration deadline, {@code YYYY-MM-DD}. */
    public static final String CLAIM_DEADLINE = "claimDeadline";
    /** The creditors' meeting date, {@code YYYY-MM-DD}; a rescheduling event changes it. */
    public static final String FIRST_CREDITORS_MEETING = "firstCreditorsMeeting";

    public static final String CLAIM_DUE = "claimDue";
    public static final String MEETING_DUE = "meetingDue";
    public static final String DISTRIBUTION_AMOUNT = "distributionAmount";
    public static final String DISTRIBUTION_DATE = "distributionDate";
    public static final String TERMINATED_ON = "terminatedOn";
    public static final String TERMINATION_RULING = "terminationRuling";

    public static final String MESSAGE_DISTRIBUTION = "DistributionReported";
    public static final String MESSAGE_TERMINATED = "BankruptcyProcedureTerminated";
    public static final String MESSAGE_MEETING_RESCHEDULED = "CreditorsMeetingRescheduled";

    private BankruptcyVariables() {
    }
}

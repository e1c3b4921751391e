package com.taxcollab.dispute;

import com.taxcollab.organisation.Departments;
/** The variables of {@code DisputeEscalationProcess} (besides caseNumber, jurisdiction, initiator). */
final class DisputeVariables {

    static final String PROCESS_KEY = "DisputeEscalationProcess";

    /** the departments in dispute: a comma-separated string (API) or a Json list (Tasklist taglist) */
    static final String DEPARTMENTS = "departments";
    static final String MATTER = "matter";
    static final String DESCRIPTION = "description";
    static final String TITLE = "title";

    /** AGREED or NOT_AGREED, from the tax bureau's negotiation form */
    static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
    static final String AGREEMENT_TEXT = "agreementText";

    /** the department of one confirmation or acknowledgement task (multi-instance element) */
    static final String DEPARTMENT = "department";
    /** CONFIRM or REFUSE, from each department's confirmation form */
    static final String CONFIRMATION = "confirmation";
    static final String REFUSAL_REASON = "refusalReason";

    /** why the government decides: NOT_AGREED, REFUSED, NEGOTIATION_OVERDUE, REFERRED_FROM_DISTRICT */
    static final String ESCALATION_REASON = "escalationReason";
    static final String ESCALATION_REASON_LABEL = "escalationReasonLabel";

    static final String DECISION_TEXT = "decisionText";
    static final String DECIDED_BY = "decidedBy";
    static final String DECIDED_AT = "decidedAt";
    /** the jurisdiction whose government decided */
    static final String DECISION_LEVEL = "decisionLevel";
    /** a district government's explicit choice to refer the dispute to the city */
    static final String REFER_TO_CITY = "referToCity";
    /** the city departments involved, when referring: a Json list or comma-separated string */
    static final String CITY_DEPARTMENTS = "cityDepartments";
    static final String REFERRAL_REASON = "referralReason";
    static final String REFERRED_BY = "referredBy";
    /** on a city case: the district case it decides */
    static final String REFERRED_FROM = "referredFrom";

    /** message the city case sends to the waiting district case with its decision */
    static final String CITY_DECISION_MESSAGE = "DisputeCityDecision";

    static final String CITY = "lyg";

    private DisputeVariables() {
    }
}

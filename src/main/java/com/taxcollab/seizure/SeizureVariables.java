package com.taxcollab.seizure;

/** The variables of {@code PropertySeizureAssistanceProcess} (besides caseNumber, jurisdiction, initiator). */
final class SeizureVariables {

    static final String PROCESS_KEY = "PropertySeizureAssistanceProcess";

    static final String TAXPAYER_NAME = "taxpayerName";
    /** USCC (统一社会信用代码) or resident ID number */
    static final String TAXPAYER_ID_NUMBER = "taxpayerIdNumber";
    static final String CERTIFICATE_NO = "certificateNo";
    static final String LOCATION = "location";
    /** square metres; Tasklist submits it untyped, so read it as a Number */
    static final String AREA = "area";
    /** TAX_PRESERVATION or ENFORCEMENT */
    static final String LEGAL_BASIS = "legalBasis";
    static final String TAX_DECISION_NO = "taxDecisionNo";
    static final String ASSISTANCE_NOTICE_NO = "assistanceNoticeNo";
    static final String TERM_MONTHS = "termMonths";

    /** REGISTERED or REJECTED, from the registry's form */
    static final String REGISTRATION_OUTCOME = "registrationOutcome";
    static final String REGISTRATION_NO = "registrationNo";
    /** yyyy-MM-dd; today when left empty */
    static final String REGISTRATION_DATE = "registrationDate";
    /** ALREADY_SEALED (then queued: 轮候查封), PROPERTY_NOT_FOUND or OTHER */
    static final String REJECTION_REASON = "rejectionReason";
    static final String REJECTION_NOTE = "rejectionNote";
    static final String EARLIER_AUTHORITY = "earlierAuthority";

    /** RENEW or RELEASE, from tax's decision form */
    static final String RENEWAL_DECISION = "renewalDecision";
    static final String RENEWAL_MONTHS = "renewalMonths";
    static final String RENEWAL_REGISTRATION_NO = "renewalRegistrationNo";
    static final String RELEASE_REASON = "releaseReason";
    static final String RELEASE_REGISTRATION_NO = "releaseRegistrationNo";
    static final String RELEASE_DATE = "releaseDate";

    /** end of the term's last day: due date of the renewal decision and the moment the seal lapses */
    static final String SEALED_UNTIL = "sealedUntil";
    /** the term's last day as yyyy-MM-dd, for forms */
    static final String SEALED_UNTIL_DAY = "sealedUntilDay";
    /** 30 calendar days before the term ends: tax is asked to renew or release */
    static final String RENEWAL_DECISION_AT = "renewalDecisionAt";
    /** who completed the last task or asked for release */
    static final String ACTOR = "lastActor";

    static final String RELEASE_MESSAGE = "SeizureReleaseRequested";
    static final String EARLIER_SEAL_LIFTED_MESSAGE = "SeizureEarlierSealLifted";

    private SeizureVariables() {
    }
}

package com.taxcollab.transfer;

/** The process variables of {@code CriminalCaseTransferProcess}; the forms use the same names. */
final class CriminalTransferVariables {

    static final String TAXPAYER_NAME = "taxpayerName";
    static final String SUSPECTED_OFFENCE = "suspectedOffence";
    static final String FACTS = "facts";

    /** the police: FILE (立案) or REFUSE (不予立案, with the reason) */
    static final String FILING_DECISION = "filingDecision";
    static final String REFUSAL_REASON = "refusalReason";
    /** tax on a refusal: ASK (提请复议, with the reason) or ACCEPT */
    static final String RECONSIDERATION_REQUEST = "reconsiderationRequest";
    static final String RECONSIDERATION_REASON = "reconsiderationReason";
    /** the police on reconsideration: FILE or UPHOLD */
    static final String RECONSIDERATION_DECISION = "reconsiderationDecision";
    /** tax on an upheld refusal: ASK (提请立案监督, with the reason) or ACCEPT */
    static final String SUPERVISION_REQUEST = "supervisionRequest";
    static final String SUPERVISION_REASON = "supervisionReason";
    /** the procuratorate: ORDER_FILING (通知公安机关立案) or REFUSAL_JUSTIFIED */
    static final String SUPERVISION_RESULT = "supervisionResult";
    /** the police's later result: PROSECUTION (移送审查起诉) or WITHDRAWN (撤销案件), with a note */
    static final String OUTCOME = "outcome";
    static final String OUTCOME_NOTE = "outcomeNote";

    private CriminalTransferVariables() {
    }
}

package com.taxcollab.taxpaid;

/** The process variables of {@code TaxLeadProcess}; the form uses the same names. */
final class TaxLeadVariables {

    static final String SUBJECT = "leadSubject";
    static final String KEYS = "leadKeys";
    static final String COUNTER = "leadCounter";
    static final String NOTE = "leadNote";
    static final String OUTCOME = "leadOutcome";
    static final String OUTCOME_NOTE = "leadOutcomeNote";

    private TaxLeadVariables() {
    }
}

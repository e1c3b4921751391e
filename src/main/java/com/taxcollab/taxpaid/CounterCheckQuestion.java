package com.taxcollab.taxpaid;

import java.util.List;

/**
 * One question of a counter: the subject, the keys as the check record, a lead and the audit trail keep
 * them (identity numbers masked), the evidence found and the taxes the answer needs covered.
 */
record CounterCheckQuestion(CheckSubject subject, String keys, List<TaxPaidEvidence> found, List<String> required) {
}

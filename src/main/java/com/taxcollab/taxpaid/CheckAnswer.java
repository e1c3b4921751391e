package com.taxcollab.taxpaid;

import java.util.List;

/**
 * What a counter is told: 已完税 / 已减免 / 无记录, the evidence numbers and kinds, and for 无记录 the
 * taxes not found and the check's id, with which it may send tax a 涉税线索. No other taxpayer data.
 */
record CheckAnswer(String result, String label, List<EvidenceRef> evidence, List<String> missing, String checkId) {

    static final String PAID = "PAID";
    static final String EXEMPT = "EXEMPT";
    static final String NONE = "NONE";

    record EvidenceRef(String evidenceNo, String kind) {
    }

    boolean found() {
        return !NONE.equals(result);
    }
}

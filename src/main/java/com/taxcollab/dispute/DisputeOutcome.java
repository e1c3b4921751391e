package com.taxcollab.dispute;

/** Where a dispute stands, for the case record and statistics. */
enum DisputeOutcome {
    IN_NEGOTIATION("协商中"),
    AWAITING_GOVERNMENT("待政府裁决"),
    REFERRED_TO_CITY("已报请市政府"),
    DECIDED("政府已裁决，待签收"),
    RESOLVED_BY_NEGOTIATION("协商解决"),
    RESOLVED_BY_GOVERNMENT("政府裁决解决");

    private final String label;

    DisputeOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

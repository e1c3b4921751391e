package com.taxcollab.dispute;

/** Why a dispute went to the government, as the decision form shows it. */
enum EscalationReason {
    NOT_AGREED("税务局牵头协商未达成一致"),
    REFUSED("有部门不认可协商意见"),
    NEGOTIATION_OVERDUE("协商逾期未结"),
    REFERRED_FROM_DISTRICT("区县人民政府报请市人民政府裁决");

    private final String label;

    EscalationReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static String labelOf(String reason) {
        for (EscalationReason value : values()) {
            if (value.name().equals(reason)) {
                return value.label;
            }
        }
        return reason;
    }
}

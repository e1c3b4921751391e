package com.taxcollab.assistance;

/** Where an assistance request stands, as the case file and the ledger show it. */
enum AssistanceStatus {
    REQUESTED("待答复"),
    ANSWERED("已答复，待确认"),
    SUPPLEMENT("补正中"),
    REFUSED("不予协助，待审查"),
    CLOSED("协助办结"),
    REFUSAL_ACCEPTED("不予协助，已结案"),
    DISPUTED("已提请争议协调");

    private final String label;

    AssistanceStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

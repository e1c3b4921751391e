package com.taxcollab.seizure;

/** Where a seizure stands in the register. */
enum SeizureStatus {
    REQUESTED("待登记"),
    SEALED("查封中"),
    QUEUED("轮候查封"),
    REJECTED("不予登记"),
    RELEASING("解封办理中"),
    RELEASED("已解封"),
    LAPSED("期满失效");

    private final String label;

    SeizureStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Still blocks a transfer: sealed, or sealed while the registry lifts it. */
    boolean blocksTransfer() {
        return this == SEALED || this == RELEASING;
    }
}

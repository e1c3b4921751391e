package com.taxcollab.transfer;

/** Where a transferred case stands, as its case file says. */
enum TransferStatus {
    TRANSFERRED("已移送，待公安机关决定是否立案"),
    REFUSED("公安机关不予立案"),
    RECONSIDERING("已提请复议"),
    REFUSAL_UPHELD("复议维持不予立案"),
    SUPERVISING("已提请检察机关立案监督"),
    FILED("已立案"),
    CONCLUDED("已立案，办理结果已记录"),
    CLOSED_NOT_FILED("不予立案，结案"),
    CLOSED_REFUSAL_JUSTIFIED("检察机关认为不予立案理由成立，结案");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

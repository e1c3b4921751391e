package com.taxcollab.taxpaid;

/** What a piece of tax-paid evidence is. */
enum EvidenceKind implements Labelled {
    PAID("完税凭证"),
    DECLARED("申报记录"),
    EXEMPT("减免税证明");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

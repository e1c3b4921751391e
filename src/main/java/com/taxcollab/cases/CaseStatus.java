package com.taxcollab.cases;

public enum CaseStatus {
    OPEN("办理中"),
    CLOSED("已办结"),
    CANCELLED("已撤销");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.taxcollab.rectification;

/** Where an item stands. */
public enum ItemStatus {
    OPEN("整改中"),
    EXTENSION_REQUESTED("延期待批"),
    REPORTED("待验收"),
    CLOSED("已销号");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.taxcollab.cases.file;

/** How close a task is to its due date, as in rectification tracking. */
enum TaskLight {
    GREEN("正常"),
    YELLOW("临期"),
    RED("逾期"),
    NONE("未设期限");

    /** Yellow from this many working days before the due date. */
    static final int YELLOW_WORKING_DAYS = 3;

    private final String label;

    TaskLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

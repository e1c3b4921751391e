package com.taxcollab.tasks;

/** The orders 待办 can be read in; the nearest due date first by default. */
enum TodoSort {
    DUE("按期限", "p.due_at ASC NULLS LAST, p.created_at ASC, p.task_id"),
    RECEIVED("按接收时间（最新在前）", "p.created_at DESC, p.task_id"),
    CASE("按案件号", "p.case_number ASC NULLS LAST, p.created_at ASC, p.task_id");

    private final String label;
    private final String orderBy;

    TodoSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }
}

package com.taxcollab.rectification;

/**
 * A finding as a supervisor submits it (JSON or spreadsheet row). {@code department}
 * is a department id or its Chinese name; {@code jurisdiction} may be left out (the batch's);
 * {@code dueDate} is {@code yyyy-MM-dd}.
 */
record NewItem(String problem, String requirement, String department, String jurisdiction, String personName,
        String personIdNumber, String dueDate) {
}

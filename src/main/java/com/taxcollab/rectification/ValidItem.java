package com.taxcollab.rectification;

import java.time.LocalDate;

/** A finding that passed every check, ready to be put on the books. */
record ValidItem(String problem, String requirement, String department, String jurisdiction, String personName,
        String personIdNumber, LocalDate dueDate) {
}

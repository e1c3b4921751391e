package com.taxcollab.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the process needs of an item. */
record ItemRow(long id, String caseNumber, String problem, String department, String jurisdiction,
        LocalDate dueDate, Light light, ItemStatus status, LocalDate pendingDueDate, OffsetDateTime reportedAt,
        OffsetDateTime closedAt) {
}

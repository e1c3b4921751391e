package com.taxcollab.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of the ledger (整改台账); the responsible person's ID number is masked. */
public record LedgerItem(long id, String batch, String batchTitle, int position, String problem, String requirement,
        String department, String departmentName, String jurisdiction, String jurisdictionName, String person,
        String personIdNumber, LocalDate dueDate, Light light, String lightLabel, ItemStatus status,
        String statusLabel, int overdueWorkingDays, int extensions, int returns, boolean escalated,
        int evidence, OffsetDateTime closedAt) {
}

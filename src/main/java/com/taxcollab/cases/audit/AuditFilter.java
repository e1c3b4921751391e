package com.taxcollab.cases.audit;

import java.time.OffsetDateTime;

/** Which audit rows to list; null means any. {@code to} is exclusive. */
record AuditFilter(String caseNumber, String user, OffsetDateTime from, OffsetDateTime to) {
}

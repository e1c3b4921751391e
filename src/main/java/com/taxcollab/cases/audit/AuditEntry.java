package com.taxcollab.cases.audit;

import java.time.OffsetDateTime;

/** One row of the audit trail: who read (or was refused) what of which case, when and from where. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String userId, String caseNumber, AuditAction action,
        String actionLabel, String detail, boolean granted, String clientAddress) {
}

package com.taxcollab.dispute;

import java.time.OffsetDateTime;
import java.util.List;

/** A dispute as the case record keeps it; {@code outcomeLabel} is what people read. */
record Dispute(String caseNumber, String jurisdiction, String matter, String description, String filedBy,
        OffsetDateTime filedAt, List<String> departments, String referredFrom, String referredTo,
        String negotiationOutcome, String agreementText, String negotiatedBy, OffsetDateTime negotiatedAt,
        String escalationReason, OffsetDateTime escalatedAt, String decisionText, String decidedBy,
        OffsetDateTime decidedAt, String decisionLevel, DisputeOutcome outcome, String outcomeLabel,
        OffsetDateTime closedAt, List<Confirmation> confirmations) {

    record Confirmation(String department, String answer, String reason, String answeredBy,
            OffsetDateTime answeredAt) {
    }
}

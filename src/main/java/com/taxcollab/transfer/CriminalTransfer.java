package com.taxcollab.transfer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One transferred case as stored. */
record CriminalTransfer(String caseNumber, String jurisdiction, String taxpayerName, String taxpayerIdNumber,
        String suspectedOffence, String facts, BigDecimal amount, String status, String filingDecision,
        String refusalReason, String reconsiderationReason, String reconsiderationDecision, String supervisionReason,
        String supervisionResult, String outcome, String outcomeNote, String transferredBy,
        OffsetDateTime transferredAt, OffsetDateTime closedAt) {

    TransferStatus state() {
        return TransferStatus.valueOf(status);
    }
}

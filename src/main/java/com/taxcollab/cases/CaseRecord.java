package com.taxcollab.cases;

import java.time.OffsetDateTime;

/** One row of the case registry. */
public record CaseRecord(String caseNumber, CaseType type, String jurisdiction, String title, CaseStatus status,
        String initiator, OffsetDateTime createdAt, OffsetDateTime closedAt, String processInstanceId) {
}

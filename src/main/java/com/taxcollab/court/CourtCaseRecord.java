package com.taxcollab.court;

import java.time.OffsetDateTime;

/** A court's case as the intake recorded it. */
record CourtCaseRecord(String caseNumber, CourtCaseType type, String courtName, String courtCaseNumber,
        String jurisdiction, String filedBy, String channel, OffsetDateTime filedAt) {
}

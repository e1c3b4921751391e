package com.taxcollab.cases.search;

import java.time.OffsetDateTime;
import java.util.List;

/** A case in a search result: identity numbers are masked here, as in every list. */
record CaseSummary(String caseNumber, String title, String type, String typeLabel, String jurisdiction,
        String jurisdictionName, String status, String statusLabel, String initiator, OffsetDateTime createdAt,
        OffsetDateTime lastActivityAt, List<PartySummary> parties, String href) {

    record PartySummary(String kind, String kindLabel, String name, String maskedIdNumber) {
    }
}

package com.taxcollab.cases;

import java.time.OffsetDateTime;

/** A document of a case file, without its content. */
public record CaseDocument(long id, String caseNumber, String kind, String fileName, String mediaType,
        long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}

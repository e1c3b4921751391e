package com.taxcollab.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A seizure as the register keeps it. */
record Seizure(String caseNumber, String jurisdiction, String taxpayerName, String taxpayerIdNumber,
        String certificateNo, String location, BigDecimal area, String legalBasis, String taxDecisionNo,
        String assistanceNoticeNo, int termMonths, SeizureStatus status, String registrationNo,
        LocalDate registeredOn, LocalDate sealedFrom, LocalDate sealedUntil, int renewals, String rejectionReason,
        String rejectionNote, String earlierAuthority, String releaseReason, String releaseRegistrationNo,
        LocalDate endedOn, String issuedBy, OffsetDateTime issuedAt) {

    String statusLabel() {
        return status.label();
    }
}

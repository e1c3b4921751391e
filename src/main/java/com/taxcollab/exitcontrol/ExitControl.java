package com.taxcollab.exitcontrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One exit control as stored. */
record ExitControl(String caseNumber, String jurisdiction, String personName, String personIdNumber, String role,
        String companyName, String companyUscc, BigDecimal unpaidAmount, String noticeNo, int termMonths,
        String status, String registrationNo, LocalDate controlledUntil, String settlementKind, String settlementNote,
        String liftNoticeNo, String liftRegistrationNo, String issuedBy, OffsetDateTime issuedAt,
        OffsetDateTime endedAt, int renewals) {

    static final String REQUESTED = "REQUESTED";
    static final String CONTROLLED = "CONTROLLED";
    static final String SETTLED = "SETTLED";
    /** tax decided to lift the control without a settlement; immigration is to lift it */
    static final String LIFTING = "LIFTING";
    static final String LIFTED = "LIFTED";
    static final String LAPSED = "LAPSED";
}

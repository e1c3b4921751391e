package com.taxcollab.assistance;

import com.taxcollab.calendar.Term;
import java.time.OffsetDateTime;

/** One assistance request as stored: the duty's terms when it was filed, and the answer so far. */
record Assistance(String caseNumber, String dutyCode, String dutyName, String legalBasis, String jurisdiction,
        String assistingDepartment, String taxpayerName, String taxpayerIdNumber, String requestText,
        int termAmount, String termUnit, int reminderBefore, int escalateAfter, String answerKind,
        boolean mayRefuse, boolean needsConfirmation, String status, String answerText, String verdict,
        String figures, String refusalReason, String answeredBy, OffsetDateTime answeredAt, int supplements,
        String supplementReason, String linkedDispute, String filedBy, OffsetDateTime filedAt,
        OffsetDateTime closedAt) {

    Term term() {
        return new Term(termAmount, Term.Unit.valueOf(termUnit));
    }

    AssistanceStatus state() {
        return AssistanceStatus.valueOf(status);
    }

    boolean review() {
        return AssistanceDuty.Answer.REVIEW.name().equals(answerKind);
    }
}

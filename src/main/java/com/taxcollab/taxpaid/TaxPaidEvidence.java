package com.taxcollab.taxpaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recorded piece of tax-paid evidence, checked and normalised (upper-case identity numbers, stripped text). */
record TaxPaidEvidence(String evidenceNo, EvidenceKind kind, CheckSubject subject, String taxpayerName,
        String taxpayerId, String companyUscc, String transferorIdNumber, String certificateNo, String unitNo,
        String vin, List<String> taxTypes, BigDecimal amount, LocalDate issuedOn, String taxOffice) {

    /** Whether this is the same evidence as another, as far as what it says goes. */
    boolean sameAs(TaxPaidEvidence other) {
        return equals(other) || other != null && amount.compareTo(other.amount) == 0
                && equals(new TaxPaidEvidence(other.evidenceNo, other.kind, other.subject, other.taxpayerName,
                        other.taxpayerId, other.companyUscc, other.transferorIdNumber, other.certificateNo,
                        other.unitNo, other.vin, other.taxTypes, amount, other.issuedOn, other.taxOffice));
    }
}

package com.taxcollab.taxpaid;

import com.taxcollab.cases.TaxpayerIdentity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A piece of tax-paid evidence as the tax bureau records it: its number and kind, the transaction it
 * covers (by the keys the counter has: the company and the transferor, the property, the vehicle),
 * the taxpayer, the taxes, the amount, the date and the issuing tax office (a jurisdiction).
 */
record EvidenceRequest(String evidenceNo, String kind, String subject, TaxpayerIdentity taxpayer,
        Transaction transaction, List<String> taxTypes, BigDecimal amount, LocalDate issuedOn, String taxOffice) {

    /** The transaction's keys; which of them are needed depends on the subject. */
    record Transaction(String companyUscc, String transferorIdNumber, String certificateNo, String unitNo,
            String vin) {
    }
}

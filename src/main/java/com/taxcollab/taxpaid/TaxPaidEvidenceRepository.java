package com.taxcollab.taxpaid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tax_paid_evidence} table. */
@Repository
class TaxPaidEvidenceRepository {

    /** The taxes of one piece of evidence, in the subject's order, in one column. */
    private static final String TAX_TYPE_SEPARATOR = ",";
    private static final String COLUMNS = "evidence_no, kind, subject, taxpayer_name, taxpayer_id, company_uscc,"
            + " transferor_id_number, certificate_no, unit_no, vin, tax_types, amount, issued_on, tax_office";

    private final JdbcClient jdbc;

    TaxPaidEvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TaxPaidEvidence e, String source, String recordedBy, OffsetDateTime recordedAt) {
        jdbc.sql("INSERT INTO tax_paid_evidence (" + COLUMNS + ", source, recorded_by, recorded_at) VALUES (:no,"
                        + " :kind, :subject, :name, :id, :uscc, :transferor, :certificate, :unit, :vin, :types,"
                        + " :amount, :issuedOn, :office, :source, :by, :at)")
                .param("no", e.evidenceNo()).param("kind", e.kind().name()).param("subject", e.subject().name())
                .param("name", e.taxpayerName()).param("id", e.taxpayerId()).param("uscc", e.companyUscc())
                .param("transferor", e.transferorIdNumber()).param("certificate", e.certificateNo())
                .param("unit", e.unitNo()).param("vin", e.vin())
                .param("types", String.join(TAX_TYPE_SEPARATOR, e.taxTypes())).param("amount", e.amount())
                .param("issuedOn", e.issuedOn()).param("office", e.taxOffice()).param("source", source)
                .param("by", recordedBy).param("at", recordedAt).update();
    }

    Optional<TaxPaidEvidence> find(String evidenceNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_paid_evidence WHERE evidence_no = ?").param(evidenceNo)
                .query(TaxPaidEvidenceRepository::evidence).optional();
    }

    List<TaxPaidEvidence> forEquityTransfer(String companyUscc, String transferorIdNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_paid_evidence WHERE subject = 'EQUITY_TRANSFER'"
                        + " AND company_uscc = ? AND transferor_id_number = ? ORDER BY issued_on, evidence_no")
                .params(companyUscc, transferorIdNumber).query(TaxPaidEvidenceRepository::evidence).list();
    }

    List<TaxPaidEvidence> forProperty(String certificateNo, String unitNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_paid_evidence WHERE subject = 'PROPERTY_TITLE'"
                        + " AND (certificate_no = :certificate OR unit_no = :unit) ORDER BY issued_on, evidence_no")
                .param("certificate", certificateNo).param("unit", unitNo)
                .query(TaxPaidEvidenceRepository::evidence).list();
    }

    List<TaxPaidEvidence> forVehicle(String vin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tax_paid_evidence WHERE subject = 'VEHICLE' AND vin = ?"
                        + " ORDER BY issued_on, evidence_no").param(vin)
                .query(TaxPaidEvidenceRepository::evidence).list();
    }

    private static TaxPaidEvidence evidence(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new TaxPaidEvidence(rs.getString("evidence_no"), EvidenceKind.valueOf(rs.getString("kind")),
                CheckSubject.valueOf(rs.getString("subject")), rs.getString("taxpayer_name"),
                rs.getString("taxpayer_id"), rs.getString("company_uscc"), rs.getString("transferor_id_number"),
                rs.getString("certificate_no"), rs.getString("unit_no"), rs.getString("vin"),
                Arrays.asList(rs.getString("tax_types").split(TAX_TYPE_SEPARATOR)), amount,
                rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("tax_office"));
    }
}

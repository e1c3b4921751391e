package com.taxcollab.seizure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code seizures} register and its {@code seizure_history}. */
@Repository
class SeizureRepository {

    private final JdbcTemplate jdbc;

    SeizureRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM seizures WHERE case_number = ?", Integer.class,
                caseNumber) > 0;
    }

    void insert(String caseNumber, SeizureRequest r, String issuedBy, OffsetDateTime at) {
        jdbc.update("INSERT INTO seizures (case_number, jurisdiction, taxpayer_name, taxpayer_id_number,"
                + " certificate_no, location, area, legal_basis, tax_decision_no, assistance_notice_no, term_months,"
                + " status, renewals, issued_by, issued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0,"
                + " ?, ?, ?)", caseNumber, r.jurisdiction(), r.taxpayerName().strip(),
                r.taxpayerIdNumber().strip().toUpperCase(), r.certificateNo().strip(), r.location().strip(), r.area(),
                r.legalBasis(), r.taxDecisionNo().strip(), r.assistanceNoticeNo().strip(), r.termMonths(),
                SeizureStatus.REQUESTED.name(), issuedBy, at, at);
        history(caseNumber, SeizureStatus.REQUESTED, "税务机关发起查封", issuedBy, at);
    }

    void sealed(String caseNumber, String registrationNo, LocalDate registeredOn, LocalDate from, LocalDate until,
            int renewals, OffsetDateTime at) {
        jdbc.update("UPDATE seizures SET status = ?, registration_no = COALESCE(?, registration_no),"
                + " registered_on = COALESCE(?, registered_on), sealed_from = ?, sealed_until = ?, renewals = ?,"
                + " updated_at = ? WHERE case_number = ?", SeizureStatus.SEALED.name(), registrationNo, registeredOn,
                from, until, renewals, at, caseNumber);
    }

    void rejected(String caseNumber, SeizureStatus status, String reason, String note, String earlierAuthority,
            String registrationNo, OffsetDateTime at) {
        jdbc.update("UPDATE seizures SET status = ?, rejection_reason = ?, rejection_note = ?, earlier_authority = ?,"
                + " registration_no = ?, updated_at = ? WHERE case_number = ?", status.name(), reason, note,
                earlierAuthority, registrationNo, at, caseNumber);
    }

    void releasing(String caseNumber, String reason, OffsetDateTime at) {
        jdbc.update("UPDATE seizures SET status = ?, release_reason = ?, updated_at = ? WHERE case_number = ?",
                SeizureStatus.RELEASING.name(), reason, at, caseNumber);
    }

    void ended(String caseNumber, SeizureStatus status, String releaseRegistrationNo, LocalDate on,
            OffsetDateTime at) {
        jdbc.update("UPDATE seizures SET status = ?, release_registration_no = ?, ended_on = ?, updated_at = ?"
                + " WHERE case_number = ?", status.name(), releaseRegistrationNo, on, at, caseNumber);
    }

    void history(String caseNumber, SeizureStatus status, String detail, String actor, OffsetDateTime at) {
        jdbc.update("INSERT INTO seizure_history (case_number, occurred_at, status, detail, actor) VALUES (?, ?, ?, ?, ?)",
                caseNumber, at, status.name(), detail, actor);
    }

    List<String> history(String caseNumber) {
        return jdbc.queryForList("SELECT status FROM seizure_history WHERE case_number = ? ORDER BY occurred_at, id",
                String.class, caseNumber);
    }

    Optional<Seizure> find(String caseNumber) {
        return jdbc.query("SELECT * FROM seizures WHERE case_number = ?", SeizureRepository::map, caseNumber).stream()
                .findFirst();
    }

    /** Seizures of the property that are in force or waiting in the queue, oldest first. */
    List<Seizure> onCertificate(String certificateNo) {
        return jdbc.query("SELECT * FROM seizures WHERE certificate_no = ? AND status IN (?, ?, ?)"
                + " ORDER BY issued_at, case_number", SeizureRepository::map, certificateNo.strip(),
                SeizureStatus.SEALED.name(), SeizureStatus.RELEASING.name(), SeizureStatus.QUEUED.name());
    }

    /** The open seizure already issued with this notice on this property, if any: a resubmission. */
    Optional<String> openDuplicate(String jurisdiction, String assistanceNoticeNo, String certificateNo) {
        return jdbc.queryForList("SELECT case_number FROM seizures WHERE jurisdiction = ? AND assistance_notice_no = ?"
                + " AND certificate_no = ? AND status NOT IN (?, ?, ?) ORDER BY issued_at", String.class, jurisdiction,
                assistanceNoticeNo.strip(), certificateNo.strip(), SeizureStatus.REJECTED.name(),
                SeizureStatus.RELEASED.name(), SeizureStatus.LAPSED.name()).stream().findFirst();
    }

    private static Seizure map(ResultSet rs, int row) throws SQLException {
        return new Seizure(rs.getString("case_number"), rs.getString("jurisdiction"), rs.getString("taxpayer_name"),
                rs.getString("taxpayer_id_number"), rs.getString("certificate_no"), rs.getString("location"),
                rs.getObject("area", BigDecimal.class), rs.getString("legal_basis"), rs.getString("tax_decision_no"),
                rs.getString("assistance_notice_no"), rs.getInt("term_months"),
                SeizureStatus.valueOf(rs.getString("status")), rs.getString("registration_no"),
                rs.getObject("registered_on", LocalDate.class), rs.getObject("sealed_from", LocalDate.class),
                rs.getObject("sealed_until", LocalDate.class), rs.getInt("renewals"),
                rs.getString("rejection_reason"), rs.getString("rejection_note"), rs.getString("earlier_authority"),
                rs.getString("release_reason"), rs.getString("release_registration_no"),
                rs.getObject("ended_on", LocalDate.class), rs.getString("issued_by"),
                rs.getObject("issued_at", OffsetDateTime.class));
    }
}

package com.taxcollab.exitcontrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code exit_controls} table. */
@Repository
class ExitControlRepository {

    /** The states in which immigration must stop the person: asked for and not yet lifted or lapsed. */
    static final List<String> IN_FORCE = List.of(ExitControl.REQUESTED, ExitControl.CONTROLLED, ExitControl.SETTLED,
            ExitControl.LIFTING);

    private final JdbcClient jdbc;

    ExitControlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, ExitControlRequest request, String idNumber, String companyName, String companyUscc,
            int termMonths, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO exit_controls (case_number, jurisdiction, person_name, person_id_number, role,
                    company_name, company_uscc, unpaid_amount, notice_no, term_months, status, issued_by, issued_at)
                VALUES (:caseNumber, :jurisdiction, :name, :idNumber, :role, :companyName, :companyUscc, :amount,
                    :noticeNo, :termMonths, :status, :by, :at)""")
                .param("caseNumber", caseNumber).param("jurisdiction", request.jurisdiction())
                .param("name", request.person().name().strip()).param("idNumber", idNumber)
                .param("role", request.role()).param("companyName", companyName).param("companyUscc", companyUscc)
                .param("amount", request.unpaidAmount()).param("noticeNo", request.noticeNo().strip())
                .param("termMonths", termMonths).param("status", ExitControl.REQUESTED).param("by", by)
                .param("at", at).update();
    }

    Optional<ExitControl> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM exit_controls WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(ExitControl.class).optional();
    }

    /** The control, locked until the transaction ends: two settlements at once are one after the other. */
    Optional<ExitControl> lock(String caseNumber) {
        return jdbc.sql("SELECT * FROM exit_controls WHERE case_number = :caseNumber FOR UPDATE")
                .param("caseNumber", caseNumber).query(ExitControl.class).optional();
    }

    boolean inForce(String idNumber) {
        return jdbc.sql("""
                SELECT count(*) FROM exit_controls WHERE person_id_number = :idNumber AND status IN (:inForce)""")
                .param("idNumber", idNumber).param("inForce", IN_FORCE).query(Long.class).single() > 0;
    }

    void registered(String caseNumber, String registrationNo, LocalDate until) {
        jdbc.sql("""
                UPDATE exit_controls SET status = :status, registration_no = :registrationNo,
                    controlled_until = :until WHERE case_number = :caseNumber""")
                .param("status", ExitControl.CONTROLLED).param("registrationNo", registrationNo)
                .param("until", until).param("caseNumber", caseNumber).update();
    }

    void settled(String caseNumber, String kind, String note, String liftNoticeNo) {
        jdbc.sql("""
                UPDATE exit_controls SET status = :status, settlement_kind = :kind, settlement_note = :note,
                    lift_notice_no = :liftNoticeNo WHERE case_number = :caseNumber""")
                .param("status", ExitControl.SETTLED).param("kind", kind).param("note", note)
                .param("liftNoticeNo", liftNoticeNo).param("caseNumber", caseNumber).update();
    }

    void renewed(String caseNumber, LocalDate until) {
        jdbc.sql("UPDATE exit_controls SET controlled_until = ?, renewals = renewals + 1 WHERE case_number = ?")
                .params(until, caseNumber).update();
    }

    /** Tax decided to lift the control before its term, with its lift notice. */
    void lifting(String caseNumber, String liftNoticeNo) {
        jdbc.sql("UPDATE exit_controls SET status = ?, lift_notice_no = ? WHERE case_number = ?")
                .params(ExitControl.LIFTING, liftNoticeNo, caseNumber).update();
    }

    void ended(String caseNumber, String status, String liftRegistrationNo, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE exit_controls SET status = :status, lift_registration_no = :liftRegistrationNo, ended_at = :at
                WHERE case_number = :caseNumber""")
                .param("status", status).param("liftRegistrationNo", liftRegistrationNo).param("at", at)
                .param("caseNumber", caseNumber).update();
    }
}

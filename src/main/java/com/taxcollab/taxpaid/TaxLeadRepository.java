package com.taxcollab.taxpaid;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tax_leads} table. */
@Repository
class TaxLeadRepository {

    static final String SENT = "SENT";
    static final String REVIEWED = "REVIEWED";

    record TaxLead(String caseNumber, CheckSubject subject, String keysText, String partyName, String note,
            String department, String status, String outcome, String outcomeNote) {
    }

    private final JdbcClient jdbc;

    TaxLeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, CounterCheckRepository.CounterCheck check, String partyName, String note,
            String sentBy, OffsetDateTime sentAt) {
        jdbc.sql("""
                INSERT INTO tax_leads (case_number, check_id, subject, keys_text, party_name, note, department,
                    jurisdiction, status, sent_by, sent_at)
                VALUES (:case, :check, :subject, :keys, :party, :note, :department, :jurisdiction, 'SENT', :by, :at)""")
                .param("case", caseNumber).param("check", check.id()).param("subject", check.subject().name())
                .param("keys", check.keysText()).param("party", partyName).param("note", note)
                .param("department", check.department()).param("jurisdiction", check.jurisdiction())
                .param("by", sentBy).param("at", sentAt).update();
    }

    void reviewed(String caseNumber, String outcome, String outcomeNote) {
        jdbc.sql("UPDATE tax_leads SET status = 'REVIEWED', outcome = ?, outcome_note = ? WHERE case_number = ?")
                .params(outcome, outcomeNote, caseNumber).update();
    }

    Optional<TaxLead> find(String caseNumber) {
        return jdbc.sql("""
                SELECT case_number, subject, keys_text, party_name, note, department, status, outcome, outcome_note
                FROM tax_leads WHERE case_number = ?""").param(caseNumber)
                .query((rs, row) -> new TaxLead(rs.getString("case_number"),
                        CheckSubject.valueOf(rs.getString("subject")), rs.getString("keys_text"),
                        rs.getString("party_name"), rs.getString("note"), rs.getString("department"),
                        rs.getString("status"), rs.getString("outcome"), rs.getString("outcome_note")))
                .optional();
    }
}

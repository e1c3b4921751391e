package com.taxcollab.cases.official;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code issued_documents} table: every official document issued, by its digests. */
@Repository
class IssuedDocumentRegister {

    private final JdbcClient jdbc;

    IssuedDocumentRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An issued document as a recipient may check it. */
    record Entry(long documentId, String caseNumber, String documentNumber, String authority, String title,
            String addressee, LocalDate issuedOn, String officer, String fileSm3, String textSm3) {
    }

    void add(Entry entry) {
        jdbc.sql("""
                INSERT INTO issued_documents (document_id, case_number, document_number, authority, title, addressee,
                    issued_on, officer, file_sm3, text_sm3)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.documentId(), entry.caseNumber(), entry.documentNumber(), entry.authority(),
                        entry.title(), entry.addressee(), entry.issuedOn(), entry.officer(), entry.fileSm3(),
                        entry.textSm3()).update();
    }

    /** The document whose file or whose printed text has this SM3 digest. */
    Optional<Entry> byDigest(String digest) {
        return jdbc.sql("""
                SELECT document_id, case_number, document_number, authority, title, addressee, issued_on, officer,
                    file_sm3, text_sm3
                FROM issued_documents WHERE file_sm3 = ? OR text_sm3 = ?""").params(digest, digest)
                .query(Entry.class).optional();
    }
}

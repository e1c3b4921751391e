package com.taxcollab.transfer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code criminal_transfers} table. */
@Repository
class CriminalTransferRepository {

    private final JdbcClient jdbc;

    CriminalTransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNumber, String jurisdiction, String taxpayerName, String taxpayerId, String offence,
            String facts, BigDecimal amount, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO criminal_transfers (case_number, jurisdiction, taxpayer_name, taxpayer_id_number,
                    suspected_offence, facts, amount, status, transferred_by, transferred_at)
                VALUES (:caseNumber, :jurisdiction, :taxpayerName, :taxpayerId, :offence, :facts, :amount, :status,
                    :by, :at)""")
                .param("caseNumber", caseNumber).param("jurisdiction", jurisdiction)
                .param("taxpayerName", taxpayerName).param("taxpayerId", taxpayerId).param("offence", offence)
                .param("facts", facts).param("amount", amount).param("status", TransferStatus.TRANSFERRED.name())
                .param("by", by).param("at", at).update();
    }

    Optional<CriminalTransfer> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM criminal_transfers WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(CriminalTransfer.class).optional();
    }

    /** Records one decision and the status it leads to; {@code closedAt} when it ends the case, else null. */
    void decided(String caseNumber, TransferStatus status, Decision column, String value, String reason,
            OffsetDateTime closedAt) {
        jdbc.sql("UPDATE criminal_transfers SET status = :status"
                + (column.value == null ? "" : ", " + column.value + " = :value")
                + (column.reason == null ? "" : ", " + column.reason + " = :reason")
                + ", closed_at = COALESCE(:closedAt, closed_at) WHERE case_number = :caseNumber")
                .param("status", status.name()).param("value", value).param("reason", reason)
                .param("closedAt", closedAt).param("caseNumber", caseNumber).update();
    }

    /** The decision columns and the reason that goes with each. */
    enum Decision {
        FILING("filing_decision", "refusal_reason"),
        RECONSIDERATION_REQUEST(null, "reconsideration_reason"),
        RECONSIDERATION("reconsideration_decision", null),
        SUPERVISION_REQUEST(null, "supervision_reason"),
        SUPERVISION("supervision_result", null),
        OUTCOME("outcome", "outcome_note");

        final String value;
        final String reason;

        Decision(String value, String reason) {
            this.value = value;
            this.reason = reason;
        }
    }
}

-- The audit trail is a hash chain (等保: integrity of audit records): each row's SM3 hash covers its
-- content and the previous row's hash; the head row names the last link, so that rows are chained
-- one at a time. Rows written before the chain existed have no hash and are not part of it.
ALTER TABLE case_audit ADD COLUMN chain_hash VARCHAR(64);

CREATE TABLE case_audit_chain_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    last_id    BIGINT,
    last_hash  VARCHAR(64) NOT NULL
);

INSERT INTO case_audit_chain_head (id, last_id, last_hash) VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');

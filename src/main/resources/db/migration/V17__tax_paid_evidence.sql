-- The register of tax-paid evidence (完税凭证 / 申报记录 / 减免税证明) the counters of other departments
-- check before they register an equity transfer, a property title or a vehicle (附件3 items 一、二、三).
-- A piece of evidence covers one transaction, named by the keys the counter has in hand.
CREATE TABLE tax_paid_evidence (
    evidence_no          VARCHAR(64)              NOT NULL PRIMARY KEY,
    kind                 VARCHAR(16)              NOT NULL,
    subject              VARCHAR(24)              NOT NULL,
    taxpayer_name        VARCHAR(200)             NOT NULL,
    taxpayer_id          VARCHAR(32)              NOT NULL,
    company_uscc         VARCHAR(32),
    transferor_id_number VARCHAR(32),
    certificate_no       VARCHAR(100),
    unit_no              VARCHAR(100),
    vin                  VARCHAR(17),
    tax_types            VARCHAR(200)             NOT NULL,
    amount               NUMERIC(18, 2)           NOT NULL,
    issued_on            DATE                     NOT NULL,
    tax_office           VARCHAR(32)              NOT NULL,
    source               VARCHAR(16)              NOT NULL,
    recorded_by          VARCHAR(64)              NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX tax_paid_evidence_by_equity ON tax_paid_evidence (company_uscc, transferor_id_number);
CREATE INDEX tax_paid_evidence_by_certificate ON tax_paid_evidence (certificate_no);
CREATE INDEX tax_paid_evidence_by_unit ON tax_paid_evidence (unit_no);
CREATE INDEX tax_paid_evidence_by_vin ON tax_paid_evidence (vin);

-- Every question a counter asked, with its purpose and answer; a 无记录 answer may become a 涉税线索
-- (case type XS) once.
CREATE TABLE counter_checks (
    id                   VARCHAR(36)              NOT NULL PRIMARY KEY,
    subject              VARCHAR(24)              NOT NULL,
    keys_text            VARCHAR(300)             NOT NULL,
    purpose              VARCHAR(200)             NOT NULL,
    result               VARCHAR(16)              NOT NULL,
    missing              VARCHAR(200),
    department           VARCHAR(64)              NOT NULL,
    jurisdiction         VARCHAR(32)              NOT NULL,
    checked_by           VARCHAR(64)              NOT NULL,
    checked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    lead_case_number     VARCHAR(32)
);

-- 涉税线索: what the counter saw (its own keys, unmasked, for the tax officer who follows it up).
CREATE TABLE tax_leads (
    case_number          VARCHAR(32)              NOT NULL PRIMARY KEY,
    check_id             VARCHAR(36)              NOT NULL UNIQUE,
    subject              VARCHAR(24)              NOT NULL,
    keys_text            VARCHAR(300)             NOT NULL,
    party_name           VARCHAR(200),
    note                 VARCHAR(2000),
    department           VARCHAR(64)              NOT NULL,
    jurisdiction         VARCHAR(32)              NOT NULL,
    status               VARCHAR(16)              NOT NULL,
    outcome              VARCHAR(16),
    outcome_note         VARCHAR(2000),
    sent_by              VARCHAR(64)              NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 阻止出境 (case type BK): a person the tax bureau asked immigration to stop at the border, until the
-- taxes and late fees are settled or guaranteed. The check answers from here.
CREATE TABLE exit_controls (
    case_number              VARCHAR(32)              NOT NULL PRIMARY KEY,
    jurisdiction             VARCHAR(32)              NOT NULL,
    person_name              VARCHAR(200)             NOT NULL,
    person_id_number         VARCHAR(32)              NOT NULL,
    role                     VARCHAR(32)              NOT NULL,
    company_name             VARCHAR(200),
    company_uscc             VARCHAR(32),
    unpaid_amount            NUMERIC(18, 2)           NOT NULL,
    notice_no                VARCHAR(100)             NOT NULL,
    term_months              INTEGER                  NOT NULL,
    status                   VARCHAR(16)              NOT NULL,
    registration_no          VARCHAR(100),
    controlled_until         DATE,
    settlement_kind          VARCHAR(16),
    settlement_note          VARCHAR(2000),
    lift_notice_no           VARCHAR(100),
    lift_registration_no     VARCHAR(100),
    issued_by                VARCHAR(64)              NOT NULL,
    issued_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at                 TIMESTAMP WITH TIME ZONE
);

CREATE INDEX exit_controls_by_person ON exit_controls (person_id_number, status);

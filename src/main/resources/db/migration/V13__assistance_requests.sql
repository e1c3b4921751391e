-- A request of the tax bureau for an assisting department's act or opinion (case type XZ), with the
-- duty's terms as they stood when it was filed: a later change of the catalog applies to new cases only.
CREATE TABLE assistance_requests (
    case_number          VARCHAR(32)              NOT NULL PRIMARY KEY,
    duty_code            VARCHAR(64)              NOT NULL,
    duty_name            VARCHAR(200)             NOT NULL,
    legal_basis          VARCHAR(500)             NOT NULL,
    jurisdiction         VARCHAR(32)              NOT NULL,
    assisting_department VARCHAR(64)              NOT NULL,
    taxpayer_name        VARCHAR(200)             NOT NULL,
    taxpayer_id_number   VARCHAR(32)              NOT NULL,
    request_text         VARCHAR(2000)            NOT NULL,
    term_amount          INTEGER                  NOT NULL,
    term_unit            VARCHAR(16)              NOT NULL,
    reminder_before      INTEGER                  NOT NULL,
    escalate_after       INTEGER                  NOT NULL,
    answer_kind          VARCHAR(16)              NOT NULL,
    may_refuse           BOOLEAN                  NOT NULL,
    needs_confirmation   BOOLEAN                  NOT NULL,
    status               VARCHAR(16)              NOT NULL,
    answer_text          VARCHAR(4000),
    verdict              VARCHAR(16),
    figures              VARCHAR(500),
    refusal_reason       VARCHAR(2000),
    answered_by          VARCHAR(64),
    answered_at          TIMESTAMP WITH TIME ZONE,
    supplements          INTEGER                  NOT NULL DEFAULT 0,
    supplement_reason    VARCHAR(2000),
    linked_dispute       VARCHAR(32),
    filed_by             VARCHAR(64)              NOT NULL,
    filed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE
);

CREATE INDEX assistance_requests_by_department ON assistance_requests (jurisdiction, assisting_department, status);

-- A suspected tax crime the tax bureau transfers to the police (case type YS), and what each side
-- decided on the way: filing, reconsideration, the procuratorate's supervision, the later result.
CREATE TABLE criminal_transfers (
    case_number               VARCHAR(32)              NOT NULL PRIMARY KEY,
    jurisdiction              VARCHAR(32)              NOT NULL,
    taxpayer_name             VARCHAR(200)             NOT NULL,
    taxpayer_id_number        VARCHAR(32)              NOT NULL,
    suspected_offence         VARCHAR(100)             NOT NULL,
    facts                     VARCHAR(4000)            NOT NULL,
    amount                    NUMERIC(18, 2),
    status                    VARCHAR(32)              NOT NULL,
    filing_decision           VARCHAR(16),
    refusal_reason            VARCHAR(2000),
    reconsideration_reason    VARCHAR(2000),
    reconsideration_decision  VARCHAR(16),
    supervision_reason        VARCHAR(2000),
    supervision_result        VARCHAR(32),
    outcome                   VARCHAR(16),
    outcome_note              VARCHAR(2000),
    transferred_by            VARCHAR(64)              NOT NULL,
    transferred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at                 TIMESTAMP WITH TIME ZONE
);

-- 银行协助 (case type YH, 附件3 item 十一): the tax bureau asks a bank to query accounts, freeze deposits
-- (税收保全), deduct taxes (强制执行) or transfer social insurance contributions, with the legal documents;
-- the bank answers each with its receipt. A freeze has a term, renewed or released like a seizure.
CREATE TABLE bank_requests (
    case_number          VARCHAR(32)              NOT NULL PRIMARY KEY,
    jurisdiction         VARCHAR(32)              NOT NULL,
    kind                 VARCHAR(24)              NOT NULL,
    taxpayer_name        VARCHAR(200)             NOT NULL,
    taxpayer_id          VARCHAR(32)              NOT NULL,
    bank_name            VARCHAR(200)             NOT NULL,
    account_no           VARCHAR(64),
    amount               NUMERIC(18, 2),
    notice_no            VARCHAR(100)             NOT NULL,
    term_months          INTEGER,
    status               VARCHAR(16)              NOT NULL,
    answer_text          VARCHAR(4000),
    receipt_no           VARCHAR(100),
    frozen_amount        NUMERIC(18, 2),
    frozen_until         DATE,
    renewals             INTEGER                  NOT NULL DEFAULT 0,
    deducted_amount      NUMERIC(18, 2),
    deducted_on          DATE,
    release_notice_no    VARCHAR(100),
    release_receipt_no   VARCHAR(100),
    filed_by             VARCHAR(64)              NOT NULL,
    filed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE
);

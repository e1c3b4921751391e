-- Every case of every process, whatever its type. The case number is the business key of its
-- process instance. Portable SQL: PostgreSQL in production and tests, H2 for the zero-setup run.
CREATE TABLE cases (
    case_number          VARCHAR(32)              NOT NULL PRIMARY KEY,
    case_type            VARCHAR(8)               NOT NULL,
    jurisdiction         VARCHAR(64)              NOT NULL,
    title                VARCHAR(500)             NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    initiator            VARCHAR(64)              NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    process_instance_id  VARCHAR(64)
);

CREATE INDEX cases_jurisdiction_status ON cases (jurisdiction, status);
CREATE INDEX cases_process_instance ON cases (process_instance_id);

-- One counter per case type and year: the NNNNNN of {TYPE}-{YYYY}-{NNNNNN}.
CREATE TABLE case_number_counters (
    case_type   VARCHAR(8) NOT NULL,
    case_year   INTEGER    NOT NULL,
    last_number BIGINT     NOT NULL,
    PRIMARY KEY (case_type, case_year)
);

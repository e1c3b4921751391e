-- Numbers without gaps per series and year: case numbers ('case:ZY') and the 文号 of each issuing
-- authority ('doc:连税协'), counted in the transaction that uses the number.
CREATE TABLE year_counters (
    series      VARCHAR(64) NOT NULL,
    counter_year INTEGER    NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (series, counter_year)
);
INSERT INTO year_counters (series, counter_year, last_number)
    SELECT 'case:' || case_type, case_year, last_number FROM case_number_counters;
DROP TABLE case_number_counters;

-- Every official document the product issued: its 文号, who issued it and when, and the SM3 digests
-- by which a recipient checks it (of the file, and of the text printed on it).
CREATE TABLE issued_documents (
    document_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES case_documents (id),
    case_number     VARCHAR(32)  NOT NULL,
    document_number VARCHAR(64)  NOT NULL UNIQUE,
    authority       VARCHAR(128) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    addressee       VARCHAR(300),
    issued_on       DATE         NOT NULL,
    officer         VARCHAR(64)  NOT NULL,
    file_sm3        CHAR(64)     NOT NULL,
    text_sm3        CHAR(64)     NOT NULL
);
CREATE INDEX issued_documents_file_sm3 ON issued_documents (file_sm3);
CREATE INDEX issued_documents_text_sm3 ON issued_documents (text_sm3);

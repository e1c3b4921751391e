-- API keys of court case systems. A key is shown once, when it is made; only the SHA-256 of its
-- secret part is kept. Each key acts as one court account.
CREATE TABLE court_api_keys (
    key_id       VARCHAR(32)              NOT NULL PRIMARY KEY,
    secret_hash  CHAR(64)                 NOT NULL,
    user_id      VARCHAR(64)              NOT NULL,
    label        VARCHAR(200)             NOT NULL,
    created_by   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX court_api_keys_user ON court_api_keys (user_id);

-- Consecutive failed logins per account and, after too many, until when the account is locked
-- (等保: login failure handling). A successful login or an unlock clears the row.
CREATE TABLE account_lockouts (
    user_id       VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures      INTEGER                  NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);

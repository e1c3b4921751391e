-- Accounts that must choose a new password before anything else: after the security administrator
-- set a temporary one. Choosing one removes the row.
CREATE TABLE password_must_change (
    user_id    VARCHAR(64)              NOT NULL PRIMARY KEY,
    set_by     VARCHAR(64)              NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

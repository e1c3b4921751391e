-- In-app messages (站内消息): one row per recipient. The e-mail copy of a message is tracked on
-- the same row; its delivery runs as a Camunda job (email_job_id) created in the same transaction.
CREATE TABLE notifications (
    id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    recipient        VARCHAR(64)              NOT NULL,
    event            VARCHAR(32)              NOT NULL,
    title            VARCHAR(500)             NOT NULL,
    body             VARCHAR(4000)            NOT NULL,
    case_number      VARCHAR(32),
    case_url         VARCHAR(1000),
    task_id          VARCHAR(64),
    task_name        VARCHAR(500),
    task_url         VARCHAR(1000),
    due_at           TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE,
    -- NONE: no e-mail (no address or turned off); PENDING: job scheduled; SENT; UNSENT: no SMTP server configured
    email_status     VARCHAR(16)              NOT NULL,
    email_to         VARCHAR(320),
    email_job_id     VARCHAR(64),
    email_sent_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notifications_recipient_created ON notifications (recipient, created_at);
CREATE INDEX notifications_email_status ON notifications (email_status, created_at);

-- A user without a row gets single e-mails; supervisors may switch to the daily digest instead.
CREATE TABLE notification_preferences (
    user_id        VARCHAR(64) NOT NULL PRIMARY KEY,
    email_enabled  BOOLEAN     NOT NULL,
    daily_digest   BOOLEAN     NOT NULL
);

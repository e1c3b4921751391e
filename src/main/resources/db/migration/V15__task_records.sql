-- Every user task of every case as the assessment counts it: whose duty it was (department and
-- jurisdiction), when it came, by when it was due and when and how it ended. Kept by built-in task
-- listeners, so the figures do not scan the engine's history.
CREATE TABLE task_records (
    task_id        VARCHAR(64)              NOT NULL PRIMARY KEY,
    case_number    VARCHAR(32)              NOT NULL,
    task_key       VARCHAR(255)             NOT NULL,
    task_name      VARCHAR(255),
    department     VARCHAR(64),
    jurisdiction   VARCHAR(32),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    ended_at       TIMESTAMP WITH TIME ZONE,
    ended_how      VARCHAR(16)
);

CREATE INDEX task_records_by_period ON task_records (jurisdiction, created_at);
CREATE INDEX task_records_open ON task_records (jurisdiction, ended_at);

-- 暂存: what an officer typed into a task's form and saved without completing it. Each officer's own;
-- removed when the task ends, however it ends.
CREATE TABLE task_drafts (
    task_id  VARCHAR(64) NOT NULL,
    user_id  VARCHAR(64) NOT NULL,
    answers  TEXT        NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, user_id)
);

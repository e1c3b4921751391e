-- 待办 as the product reads it: one row per open user task with the departments and people it is
-- offered to, kept by the engine's task listeners in the engine's own transaction. The inbox query is
-- then a few index lookups however much open work the city has (the engine's own task query joins
-- its authorization table once per candidate task).
CREATE TABLE open_work (
    task_id      VARCHAR(64)  PRIMARY KEY,
    case_number  VARCHAR(64),
    process_key  VARCHAR(255) NOT NULL,
    task_name    VARCHAR(255),
    jurisdiction VARCHAR(64),
    assignee     VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX open_work_assignee ON open_work (assignee, jurisdiction);
CREATE INDEX open_work_due ON open_work (jurisdiction, due_at, created_at);

CREATE TABLE open_work_candidates (
    task_id  VARCHAR(64) NOT NULL REFERENCES open_work (task_id) ON DELETE CASCADE,
    group_id VARCHAR(64),
    user_id  VARCHAR(64)
);
CREATE INDEX open_work_candidates_task ON open_work_candidates (task_id);
CREATE INDEX open_work_candidates_group ON open_work_candidates (group_id, task_id);
CREATE INDEX open_work_candidates_user ON open_work_candidates (user_id, task_id);

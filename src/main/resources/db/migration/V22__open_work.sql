-- 待办 as the product reads it: one row per open user task with the departments and people it is
-- offered to, kept by the engine's task listeners in the engine's own transaction. The inbox query is
-- then an index range however much open work the city has (the engine's own task query joins its
-- authorization table once per candidate task).
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

CREATE TABLE open_work_candidates (
    task_id  VARCHAR(64) NOT NULL REFERENCES open_work (task_id) ON DELETE CASCADE,
    group_id VARCHAR(64),
    user_id  VARCHAR(64)
);
CREATE INDEX open_work_candidates_task ON open_work_candidates (task_id);

-- Whom each open task reaches, one row per party ('u:' user or 'g:' department): its assignee once
-- assigned, else its candidates; with the task's columns the inbox filters and sorts on, so that one
-- index range in due-date order answers a user's 待办 however large the city's open work is.
CREATE TABLE open_work_parties (
    task_id      VARCHAR(64)  NOT NULL REFERENCES open_work (task_id) ON DELETE CASCADE,
    party        VARCHAR(80)  NOT NULL,
    jurisdiction VARCHAR(64),
    case_number  VARCHAR(64),
    process_key  VARCHAR(255) NOT NULL,
    task_name    VARCHAR(255),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX open_work_parties_party ON open_work_parties (party, jurisdiction, due_at, created_at, task_id);
CREATE INDEX open_work_parties_task ON open_work_parties (task_id);

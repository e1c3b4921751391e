-- The decision an officer took in completing a task ("协商结果：达成一致"), as 已办 shows it.
CREATE TABLE task_decisions (
    task_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    decision VARCHAR(500) NOT NULL
);

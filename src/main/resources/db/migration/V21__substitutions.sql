-- 代理: while an officer is away (from, to: Beijing dates, inclusive) a colleague of the same department
-- and jurisdiction sees and works the tasks offered or assigned to them, in the colleague's own name.
CREATE TABLE substitutions (
    user_id       VARCHAR(64) PRIMARY KEY,
    substitute_id VARCHAR(64) NOT NULL,
    from_date     DATE        NOT NULL,
    to_date       DATE        NOT NULL,
    set_by        VARCHAR(64) NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX substitutions_substitute ON substitutions (substitute_id, from_date, to_date);

-- 我发起的: the cases a user opened, newest first.
CREATE INDEX cases_initiator ON cases (initiator, created_at);

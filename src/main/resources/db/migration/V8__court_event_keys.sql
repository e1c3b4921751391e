-- A court event reported twice (a retry, a double click, twenty at once) has one effect: its key is
-- the caller's Idempotency-Key, else the SHA-256 of the event as sent.
ALTER TABLE court_case_events ADD COLUMN event_key VARCHAR(128);
CREATE UNIQUE INDEX court_case_events_key ON court_case_events (case_number, event_key);

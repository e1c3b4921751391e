-- The dashboard and the red list read open items only; over the years most items are closed, so on
-- PostgreSQL a partial index keeps those reads proportional to what is still open (H2 has no
-- partial indexes and uses the plain ones of V6).
CREATE INDEX rectification_items_open ON rectification_items (jurisdiction, light, department, due_date)
    WHERE status <> 'CLOSED';

-- An exit control may be renewed for another term before it ends, like a seizure.
ALTER TABLE exit_controls ADD COLUMN renewals INTEGER NOT NULL DEFAULT 0;

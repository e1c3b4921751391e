-- Two database roles (等保: the audit trail beyond the application's reach). Migrations run as the
-- owner of our tables (spring.flyway.user); the service connects as the application role named by
-- spring.flyway.placeholders.appRole (TAXCOLLAB_DB_APP_ROLE), which may read and write every table
-- but may only SELECT and INSERT the audit trail: no UPDATE, DELETE or TRUNCATE, and, not owning it,
-- no ALTER, DROP or DISABLE TRIGGER; session_replication_role is a superuser's setting. Run after
-- every migration, so tables added later are granted too. Without an application role (one role for
-- both, as in development and the tests) nothing is granted.
DO $grants$
DECLARE
    app_role TEXT := '${appRole}';
BEGIN
    IF app_role <> '' THEN
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', current_schema(), app_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
            current_schema(), app_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
        EXECUTE format('REVOKE ALL ON case_audit FROM %I', app_role);
        EXECUTE format('GRANT SELECT, INSERT ON case_audit TO %I', app_role);
    END IF;
END
$grants$;

-- The audit trail is append-only, for every role including the table owner and superusers:
-- a trigger refuses any change or removal of its rows.
CREATE FUNCTION case_audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case_audit is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_audit_no_update_or_delete
    BEFORE UPDATE OR DELETE ON case_audit
    FOR EACH ROW EXECUTE FUNCTION case_audit_refuse_change();

CREATE TRIGGER case_audit_no_truncate
    BEFORE TRUNCATE ON case_audit
    FOR EACH STATEMENT EXECUTE FUNCTION case_audit_refuse_change();

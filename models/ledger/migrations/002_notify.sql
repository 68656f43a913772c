-- Ledger schema, version 2: live notifications (docs/ledger.md, "Live notifications").
-- After every INSERT statement on ledger_records, one pg_notify('pdc_ledger_records', payload) per
-- (upgrade, workstation) among the rows that statement added; rows the link trigger skipped (shipped
-- before) are not in the transition table and notify nobody. PostgreSQL delivers notifications at
-- commit and folds identical payloads of one transaction into one, so a transaction of many batches
-- still sends one notification per upgrade and workstation. Nothing is sent for a rolled-back batch.
-- Payload: JSON {"upgrade_id": "...", "workstation_id": "..."}; when the upgrade id would make the
-- payload longer than PostgreSQL's 8000 bytes, "upgrade_id" is null (listeners then refresh everything).
CREATE FUNCTION ledger_records_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $notify$
DECLARE
    r record;
    payload text;
BEGIN
    FOR r IN SELECT DISTINCT n.upgrade_id, n.workstation_id FROM ledger_inserted n LOOP
        payload := json_build_object('upgrade_id', r.upgrade_id, 'workstation_id', r.workstation_id)::text;
        IF octet_length(payload) > 7900 THEN
            payload := json_build_object('upgrade_id', NULL, 'workstation_id', r.workstation_id)::text;
        END IF;
        PERFORM pg_notify('pdc_ledger_records', payload);
    END LOOP;
    RETURN NULL;
END
$notify$;

CREATE TRIGGER ledger_records_notify AFTER INSERT ON ledger_records
    REFERENCING NEW TABLE AS ledger_inserted
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_records_notify();

REVOKE ALL ON FUNCTION ledger_records_notify() FROM PUBLIC;

-- Ledger schema, version 4: linking many rows per statement (docs/ledger.md, "Shipping").
-- A shipper now sends a batch as one INSERT ... SELECT; version 1's row trigger updated ledger_head for
-- every row, and PostgreSQL then walks a longer chain of the head row's versions for every further row
-- of the transaction (quadratic in the batch). Now:
--  * the row trigger still takes the lock on ledger_head's row (FOR UPDATE, held until commit, so
--    concurrent inserts stay serialised and cannot fork the chain) but reads the head from the last
--    row of ledger_records (primary key, backwards) and no longer updates ledger_head;
--  * an AFTER INSERT statement trigger sets ledger_head to the last row once per statement, so
--    ledger_head still says where the chain ends after every statement (and a REPEATABLE READ insert
--    that waited for another one fails to serialise instead of reading a stale head).
-- Every check of version 1 stays as it was (both chains, idempotency, the formulas).

CREATE OR REPLACE FUNCTION ledger_records_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $link$
DECLARE
    head_seq   bigint;
    head_hash  text;
    known_hash text;
    c          jsonb;
BEGIN
    IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(NEW.prev_hash || NEW.content, 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'record % of workstation % does not match its hash', NEW.local_seq, NEW.workstation_id
            USING ERRCODE = 'data_exception';
    END IF;
    BEGIN
        c := NEW.content::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'record % of workstation % has content that is not JSON', NEW.local_seq, NEW.workstation_id
            USING ERRCODE = 'data_exception';
    END;
    IF (c ->> 'seq') IS DISTINCT FROM NEW.local_seq::text OR (c ->> 'upgrade_id') IS DISTINCT FROM NEW.upgrade_id
       OR (c ->> 'kind') IS DISTINCT FROM NEW.kind OR (c ->> 'author') IS DISTINCT FROM NEW.author
       OR (c ->> 'at') IS DISTINCT FROM NEW.at THEN
        RAISE EXCEPTION 'record % of workstation % does not match its own content', NEW.local_seq, NEW.workstation_id
            USING ERRCODE = 'data_exception';
    END IF;

    -- Serialises inserts: the row lock is held until commit, and taking it again is free.
    PERFORM FROM ledger_head h FOR UPDATE;

    SELECT r.hash INTO known_hash FROM ledger_records r
        WHERE r.workstation_id = NEW.workstation_id AND r.local_seq = NEW.local_seq;
    IF FOUND THEN
        IF known_hash = NEW.hash THEN
            RETURN NULL; -- shipped before: nothing to do
        END IF;
        RAISE EXCEPTION 'record % of workstation % is in the ledger already with other content', NEW.local_seq,
            NEW.workstation_id USING ERRCODE = 'unique_violation';
    END IF;
    IF NEW.local_seq = 1 THEN
        IF NEW.prev_hash <> '' THEN
            RAISE EXCEPTION 'record 1 of workstation % does not start a chain', NEW.workstation_id
                USING ERRCODE = 'data_exception';
        END IF;
    ELSE
        SELECT r.hash INTO known_hash FROM ledger_records r
            WHERE r.workstation_id = NEW.workstation_id AND r.local_seq = NEW.local_seq - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'record % of workstation % arrived before record %', NEW.local_seq, NEW.workstation_id,
                NEW.local_seq - 1 USING ERRCODE = 'data_exception';
        END IF;
        IF known_hash <> NEW.prev_hash THEN
            RAISE EXCEPTION 'record % of workstation % does not continue its chain', NEW.local_seq,
                NEW.workstation_id USING ERRCODE = 'data_exception';
        END IF;
    END IF;

    -- The head: the last row, including the rows this statement linked before this one (a volatile
    -- function's queries see them, and, under the lock, every committed row).
    SELECT r.ledger_seq, r.ledger_hash INTO head_seq, head_hash FROM ledger_records r
        ORDER BY r.ledger_seq DESC LIMIT 1;
    IF NOT FOUND THEN
        head_seq := 0;
        head_hash := '';
    END IF;
    NEW.ledger_seq := head_seq + 1;
    NEW.ledger_prev_hash := head_hash;
    NEW.received_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.ledger_hash := encode(sha256(convert_to(
        NEW.ledger_prev_hash || E'\n' || NEW.ledger_seq::text || E'\n' || NEW.workstation_id || E'\n'
        || NEW.local_seq::text || E'\n' || NEW.received_at || E'\n' || NEW.hash, 'UTF8')), 'hex');
    RETURN NEW;
END
$link$;


CREATE FUNCTION ledger_head_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $follow$
BEGIN
    UPDATE ledger_head h SET ledger_seq = r.ledger_seq, ledger_hash = r.ledger_hash
        FROM (SELECT l.ledger_seq, l.ledger_hash FROM ledger_records l ORDER BY l.ledger_seq DESC LIMIT 1) r
        WHERE h.ledger_seq <> r.ledger_seq;
    RETURN NULL;
END
$follow$;

CREATE TRIGGER ledger_records_head AFTER INSERT ON ledger_records
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_head_follow();

REVOKE ALL ON FUNCTION ledger_head_follow() FROM PUBLIC;

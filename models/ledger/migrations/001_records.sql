-- Ledger schema, version 1: the team's records, append-only, with two hash chains (docs/ledger.md).
-- Run by LedgerMigrator (deployctl ledger init) as the database's admin, in one transaction, with
-- {{writer}} / {{reader}} replaced by the quoted role names and {{writer_name}} / {{reader_name}} by
-- the same names as string literals.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {{writer_name}}) THEN
        CREATE ROLE {{writer}} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {{reader_name}}) THEN
        CREATE ROLE {{reader}} NOLOGIN;
    END IF;
END
$roles$;

-- One row per journal entry of one workstation. The workstation's columns (workstation_id ... hash)
-- are what it sent; ledger_seq, ledger_prev_hash, received_at and ledger_hash are set by the trigger
-- below, whatever the insert says.
CREATE TABLE ledger_records (
    ledger_seq       bigint PRIMARY KEY,
    workstation_id   text   NOT NULL CHECK (workstation_id ~ '^[A-Za-z0-9._:-]{1,128}$'),
    local_seq        bigint NOT NULL CHECK (local_seq >= 1),
    upgrade_id       text   NOT NULL,
    kind             text   NOT NULL,
    author           text   NOT NULL,
    at               text   NOT NULL,
    content          text   NOT NULL,
    prev_hash        text   NOT NULL,
    hash             text   NOT NULL,
    ledger_prev_hash text   NOT NULL,
    received_at      text   NOT NULL,
    ledger_hash      text   NOT NULL,
    UNIQUE (workstation_id, local_seq)
);
CREATE INDEX ledger_records_upgrade ON ledger_records (upgrade_id, ledger_seq);

-- The head of the ledger chain: one row, locked by every insert so two inserts cannot fork the chain.
CREATE TABLE ledger_head (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    ledger_seq  bigint  NOT NULL,
    ledger_hash text    NOT NULL
);
INSERT INTO ledger_head (ledger_seq, ledger_hash) VALUES (0, '');

-- Which roles this ledger grants to (clients read it to say what they connected as).
CREATE TABLE ledger_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO ledger_meta (key, value) VALUES ('writer_role', {{writer_name}}), ('reader_role', {{reader_name}});

-- Checks what a workstation sends and links it into both chains:
--  * hash = sha256(prev_hash || content), and the columns equal the hashed content's fields;
--  * the workstation's chain continues: local_seq 1 links to '', every later one to the hash of the
--    workstation's previous record, which must be in the ledger already (records arrive in order);
--  * a record already in the ledger with the same hash is skipped (shipping is idempotent); one with
--    another hash under the same (workstation_id, local_seq) is refused;
--  * ledger_hash = sha256(ledger_prev_hash \n ledger_seq \n workstation_id \n local_seq \n received_at
--    \n hash), in ledger order, under the lock on ledger_head.
CREATE FUNCTION ledger_records_link() RETURNS trigger
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

    SELECT h.ledger_seq, h.ledger_hash INTO head_seq, head_hash FROM ledger_head h FOR UPDATE;

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

    NEW.ledger_seq := head_seq + 1;
    NEW.ledger_prev_hash := head_hash;
    NEW.received_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.ledger_hash := encode(sha256(convert_to(
        NEW.ledger_prev_hash || E'\n' || NEW.ledger_seq::text || E'\n' || NEW.workstation_id || E'\n'
        || NEW.local_seq::text || E'\n' || NEW.received_at || E'\n' || NEW.hash, 'UTF8')), 'hex');
    UPDATE ledger_head SET ledger_seq = NEW.ledger_seq, ledger_hash = NEW.ledger_hash;
    RETURN NEW;
END
$link$;

CREATE TRIGGER ledger_records_link BEFORE INSERT ON ledger_records
    FOR EACH ROW EXECUTE FUNCTION ledger_records_link();

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (the owner included, unless a superuser
-- switches the triggers off, which verification then shows).
CREATE FUNCTION ledger_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $reject$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$reject$;

CREATE TRIGGER ledger_records_append_only BEFORE UPDATE OR DELETE ON ledger_records
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER ledger_records_no_truncate BEFORE TRUNCATE ON ledger_records
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER ledger_head_no_delete BEFORE DELETE ON ledger_head
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER ledger_head_no_truncate BEFORE TRUNCATE ON ledger_head
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();

REVOKE ALL ON ledger_records, ledger_head, ledger_meta FROM PUBLIC;
REVOKE ALL ON FUNCTION ledger_records_link(), ledger_reject_change() FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {{writer}}, {{reader}};
GRANT SELECT ON ledger_records, ledger_meta, ledger_schema_versions TO {{writer}}, {{reader}};
GRANT INSERT (workstation_id, local_seq, upgrade_id, kind, author, at, content, prev_hash, hash)
    ON ledger_records TO {{writer}};

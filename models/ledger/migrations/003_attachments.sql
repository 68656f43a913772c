-- Ledger schema, version 3: checklist attachments, content-addressed by SHA-256 (docs/ledger.md,
-- "Attachments"). One row per distinct content, whoever sent it first; the journal's entries name an
-- attachment by its sha256 (payload.attachment.sha256), so the ledger's records point at these rows.
--  * the key is the content's hash and the size its length, checked by the database (CHECKs below);
--  * at most 20 MiB (20971520 bytes) per attachment (LedgerClient::kMaxAttachmentBytes);
--  * append-only like ledger_records: no UPDATE, DELETE or TRUNCATE for anyone (triggers), the writer
--    may INSERT the content columns and SELECT; sending the same content again is a no-op
--    (INSERT ... ON CONFLICT (sha256) DO NOTHING), so the first workstation and time stay.
CREATE TABLE ledger_attachments (
    sha256               text   PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size                 bigint NOT NULL CHECK (size >= 0 AND size <= 20971520),
    bytes                bytea  NOT NULL,
    first_workstation_id text   NOT NULL CHECK (first_workstation_id ~ '^[A-Za-z0-9._:-]{1,128}$'),
    first_at             text   NOT NULL
        DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    CHECK (octet_length(bytes) = size),
    CHECK (encode(sha256(bytes), 'hex') = sha256)
);

CREATE TRIGGER ledger_attachments_append_only BEFORE UPDATE OR DELETE ON ledger_attachments
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER ledger_attachments_no_truncate BEFORE TRUNCATE ON ledger_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();

REVOKE ALL ON ledger_attachments FROM PUBLIC;
GRANT SELECT ON ledger_attachments TO {{writer}}, {{reader}};
GRANT INSERT (sha256, size, bytes, first_workstation_id) ON ledger_attachments TO {{writer}};

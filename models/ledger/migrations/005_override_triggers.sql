-- Ledger schema, version 5: finding the upgrades started under an emergency override (issue 16,
-- docs/ledger.md "Reading"). History marks them; it asks for the trigger records whose content names an
-- override (LedgerClient::overrideTriggerRows()). Without this index that read walks every row; with it,
-- only the few candidates. The predicate is the query's own, word for word: a partial index serves only
-- queries that repeat it. Nothing else changes; no row is touched.
CREATE INDEX ledger_records_override_triggers ON ledger_records (ledger_seq)
    WHERE kind = 'upgrade.triggered' AND strpos(content, '"override":{') > 0;

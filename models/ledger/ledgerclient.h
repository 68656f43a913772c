// What the console and deployctl do with a team ledger over one open LedgerConnection: append a
// workstation's journal entries (the database links them into both chains), put and fetch checklist
// attachments by their SHA-256, ask how far a workstation has shipped, read the records of an upgrade,
// and verify the whole ledger (streamed in ledger order, so a million rows are never in memory at once).
// Blocking: use it off the GUI thread.
//
// append() sends a whole batch in ONE statement (INSERT ... SELECT FROM json_to_recordset(batch) ORDER
// BY local_seq): the database's row trigger still checks and links every row in order, so one round
// trip carries hundreds of records (docs/ledger.md, "Throughput").
#pragma once

#include "ledgerchain.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace pdc {

class LedgerConnection;
struct JournalEntry;

class LedgerClient
{
public:
    // The largest attachment the ledger takes (the schema's CHECK says the same: migrations/003).
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
    // Rows per query while verifying: each query streams its rows (forward-only) and stays well under
    // the connection's statement timeout.
    static constexpr int kVerifyPage = 200000;
    // Rows handed from the reading thread to the checking one at a time, and how many such batches may
    // wait (so at most kVerifyBatch * kVerifyQueue rows, a few MB, are in memory).
    static constexpr int kVerifyBatch = 1024;
    static constexpr int kVerifyQueue = 8;

    explicit LedgerClient(LedgerConnection *connection);

    QString errorString() const { return m_error; }
    // Whether the last failure looks like the server being unreachable (retry later) rather than a
    // refusal of what was sent (retrying will not help).
    bool lastErrorWasConnection() const { return m_connectionError; }

    // The schema version (0: not initialised); -1 on error.
    int schemaVersion();
    // The highest local_seq of this workstation in the ledger (0: none); nullopt on error.
    std::optional<qint64> shippedUpTo(const QString &workstationId);
    // Appends entries (consecutive seqs of one workstation's journal) in one transaction; entries the
    // ledger holds already are skipped by the database. False with errorString(): nothing was added.
    bool append(const QString &workstationId, const QList<JournalEntry> &entries);

    // Whether the ledger holds the attachment with this SHA-256 (hex); nullopt on error.
    std::optional<bool> hasAttachment(const QString &sha256);
    // Puts an attachment (content-addressed: a content the ledger holds already is left as it is, with
    // the workstation that sent it first). Bytes over kMaxAttachmentBytes are refused before sending.
    // False with errorString().
    bool putAttachment(const QString &workstationId, const QByteArray &bytes);
    // The attachment's bytes, checked against the hash; nullopt when the ledger has none (ok true) or
    // on error (ok false, errorString()).
    std::optional<QByteArray> attachment(const QString &sha256, bool *ok = nullptr);

    QList<LedgerRow> rowsOfUpgrade(const QString &upgradeId, bool *ok = nullptr);
    // A workstation's rows in local order.
    QList<LedgerRow> rowsOfWorkstation(const QString &workstationId, bool *ok = nullptr);
    // The production safeguards' records (upgrade_id kSafeguardSubject, models/policy/safeguardrecords.h)
    // in ledger order, bounded: the newest `limit` of them, plus the newest kSafeguardPolicyRows
    // policy.set rows written with role admin (so a flood of other records never hides the policy in
    // force). Both parts are read through the (upgrade_id, ledger_seq) index, newest first.
    static constexpr int kSafeguardRows = 5000;
    static constexpr int kSafeguardPolicyRows = 20;
    QList<LedgerRow> safeguardRows(bool *ok = nullptr, int limit = kSafeguardRows);
    // The trigger records (kind upgrade.triggered) whose content names an emergency override (issue 16,
    // models/history/historymarks.h decides from the payload), of these upgrades or (empty) of all, in
    // ledger order; the newest `limit`. Migration 005's partial index serves the whole-ledger read.
    static constexpr int kOverrideTriggerRows = 10000;
    QList<LedgerRow> overrideTriggerRows(const QStringList &upgradeIds, bool *ok = nullptr,
                                         int limit = kOverrideTriggerRows);
    std::optional<qint64> rowCount();
    // Verifies both chains over every row in ledger order, streaming pageSize rows per query; rows are
    // read on the calling thread and checked on a second one.
    LedgerVerdict verify(int pageSize = kVerifyPage);

private:
    bool fail(const QSqlError &error);
    QList<LedgerRow> select(const QString &where, const QVariantList &binds, bool *ok);

    LedgerConnection *m_connection;
    QString m_error;
    bool m_connectionError = false;
};

} // namespace pdc

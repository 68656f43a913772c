// What the console and deployctl do with a team ledger over one open LedgerConnection: append a
// workstation's journal entries (the database links them into both chains), ask how far a workstation
// has shipped, read the records of an upgrade, and verify the whole ledger (paged by ledger_seq, so a
// million rows are never in memory at once). Blocking: use it off the GUI thread.
#pragma once

#include "ledgerchain.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <functional>
#include <optional>

namespace pdc {

class LedgerConnection;
struct JournalEntry;

class LedgerClient
{
public:
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

    QList<LedgerRow> rowsOfUpgrade(const QString &upgradeId, bool *ok = nullptr);
    // A workstation's rows in local order.
    QList<LedgerRow> rowsOfWorkstation(const QString &workstationId, bool *ok = nullptr);
    std::optional<qint64> rowCount();
    // Verifies both chains over every row in ledger order. pageSize rows per query.
    LedgerVerdict verify(int pageSize = 20000);

private:
    bool fail(const QSqlError &error);
    QList<LedgerRow> select(const QString &where, const QVariantList &binds, bool *ok);

    LedgerConnection *m_connection;
    QString m_error;
    bool m_connectionError = false;
};

} // namespace pdc

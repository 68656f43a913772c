// The records of one upgrade a change record lists, each with its author and the workstation that wrote
// it: the local journal's entries today, the team ledger's rows of the upgrade when a ledger is
// configured (LedgerClient::rowsOfUpgrade). A plain list the caller fills; the change record only reads
// it. Conversions from both sources are here so every caller labels records the same way.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pdc {

struct JournalEntry;
struct LedgerRow;

struct ChangeRecordEntry
{
    QString workstationId; // empty: this workstation, whose id is not known to the caller
    qint64 localSeq = 0;   // the entry's seq in its workstation's journal
    qint64 ledgerSeq = 0;  // 0: not read from a ledger
    QString kind;
    QString author;
    QDateTime at;
    QJsonObject payload;
    QString hash;       // the workstation chain's hash of this record
    QString ledgerHash; // the ledger chain's hash of this row (empty: not from a ledger)
};

// One chain's digest as the change record states it: the last included record's hash, which commits
// to every record before it in that chain.
struct ChainDigest
{
    QString chain; // "journal" (a workstation's chain) or "ledger"
    QString workstationId;
    qint64 firstSeq = 0; // workstation: local seqs; ledger: ledger seqs
    qint64 lastSeq = 0;
    int records = 0;
    QString hash;
};

// The upgrade's entries of one workstation's journal (entries of other upgrades are skipped).
QList<ChangeRecordEntry> changeRecordEntriesOf(const QList<JournalEntry> &entries, const QString &upgradeId,
                                               const QString &workstationId);
// Ledger rows as LedgerClient::rowsOfUpgrade returns them (the payload is read from the hashed content).
QList<ChangeRecordEntry> changeRecordEntriesOf(const QList<LedgerRow> &rows);
// The whole team's records of one upgrade: the ledger's rows (every workstation's), then this
// workstation's journal entries of the upgrade that the ledger does not hold yet (not shipped: ledger
// seq 0), so a record written a moment before the export is not left out. `local` may hold entries of
// other upgrades (a chain segment); they are skipped.
QList<ChangeRecordEntry> teamChangeRecordEntriesOf(const QList<LedgerRow> &rows,
                                                   const QList<JournalEntry> &local, const QString &upgradeId,
                                                   const QString &workstationId);

// The approval trail of an upgrade (issue 16): of `safeguardRecords` (the production safeguards' records,
// filed under kSafeguardSubject, in ledger order then not shipped), those about a request the upgrade's
// own records name (a trigger record's payload "safeguards": approval.request_id, and override.id via
// the override record's request_id): the request, every approval or rejection, the emergency override,
// the expiry. In the order given. Empty when the upgrade names no request (no safeguards checked).
QList<ChangeRecordEntry> approvalTrailOf(const QList<ChangeRecordEntry> &upgradeRecords,
                                         const QList<ChangeRecordEntry> &safeguardRecords);

// Ordered for reading: the records the ledger holds by ledger seq, then the others (not shipped, or no
// ledger at all) by workstation, then local seq.
void sortChangeRecordEntries(QList<ChangeRecordEntry> &entries);

// One digest per workstation (its last included record), then the ledger's (its last included row)
// when the records came from a ledger.
QList<ChainDigest> chainDigestsOf(const QList<ChangeRecordEntry> &entries);

} // namespace pdc

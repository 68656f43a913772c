// Exports of the filtered History view for auditors, as pure functions. Both formats state the portal,
// tenant, filter, export time and row count. CSV is safe to open in a spreadsheet: a field starting with
// =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so it is never a formula.
// writeExport() writes the file and <file>.sha256 beside it ("<hex>  <file name>", as sha256sum).
//
// The records of the exported upgrades (issue 15, docs/records.md "History exports"): with a team ledger,
// every workstation's records from the ledger followed by this workstation's not shipped yet; without one
// (or when it could not be read, which the export says) this workstation's journal. Each record is listed
// with workstation, local seq, ledger seq, kind, author, time and hash, never its payload. JSON: a
// `records` list per upgrade. CSV: a `records` count column in the upgrades file, and the records one row
// each in a second file beside it (historyRecordsPath()), with its own .sha256.
//
// The production safeguards (issue 16): an upgrade whose trigger record names an emergency override is
// marked (JSON `emergency_override`, CSV column of the same name: who, role, when, why), and every
// safeguard record (policy changes, approval requests, approvals and rejections, overrides, expiries;
// filed under kSafeguardSubject) is listed WITH its payload, since what was asked, decided and why is
// the record (JSON `safeguard_records`; CSV: rows with upgrade_id "pdc:safeguards" after the upgrades'
// records, the payload as compact JSON in the `details` column). Their payloads hold names, ids,
// hashes, reasons and the policy, never a secret (safeguardrecords.h).
#pragma once

#include "domain/upgrade.h"
#include "history/historymarks.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace pdc {

struct JournalEntry;
struct LedgerRow;

// One record an export lists: where and by whom it was written, what, when, and its hash.
struct HistoryExportRecord
{
    QString workstationId;
    qint64 localSeq = 0;  // its seq in its workstation's journal
    qint64 ledgerSeq = 0; // its row in the team ledger; 0: not in the ledger
    QString kind;
    QString author;
    QDateTime at;
    QString hash;        // the workstation chain's hash
    QString ledgerHash;  // the ledger chain's hash (empty: not in the ledger)
    QJsonObject payload; // trigger records and safeguard records only (empty for every other kind)
};

// The records of the exported upgrades and where they came from.
struct HistoryExportRecords
{
    bool included = false; // false: the export lists no records (no local journal to read)
    QString ledger;        // the profile's ledger ("host:port/database"), when it names one
    QString ledgerError;   // it could not be read: this workstation's records only
    QString journalError;  // the local journal could not be read: the ledger's records only
    QHash<QString, QList<HistoryExportRecord>> byUpgrade; // upgrade id -> its records, in order

    bool fromLedger() const { return !ledger.isEmpty() && ledgerError.isEmpty(); }
    qsizetype count() const;
    // The emergency override the upgrade's trigger record names (historymarks.h); nullopt: none.
    std::optional<OverrideMark> overrideOf(const QString &upgradeId) const;
    // The safeguard records (byUpgrade's kSafeguardSubject list), in order.
    QList<HistoryExportRecord> safeguards() const;
};

// The records of `upgradeIds`: the ledger's rows (in ledger order; content read for trigger and
// safeguard records only, ledgerexportreads.h), then this workstation's journal entries (`local`, any
// upgrades) that the ledger does not hold, in journal order. Add kSafeguardSubject to `upgradeIds` for
// the safeguard records.
HistoryExportRecords historyExportRecordsOf(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                            const QString &workstationId, const QSet<QString> &upgradeIds);

struct HistoryExportInfo
{
    QString portal;     // the portal URL
    QString tenant;     // the profile's tenant
    QString filter;     // HistoryFilter::describe()
    QString exportedBy; // the signed-in user, when known
    QDateTime exportedAt;
};

QString neutraliseCsvField(const QString &field);
// Quoted when needed (comma, quote, newline), after neutralisation.
QString csvField(const QString &field);

class RecordJournal;
// This workstation's journal entries of these upgrades (the whole journal read in pages, in order);
// error set when it could not all be read.
QList<JournalEntry> journalEntriesOfUpgrades(const RecordJournal &journal, const QSet<QString> &upgradeIds,
                                             QString *error);

// With records included, the upgrades CSV has a `records` count column and names the records file.
QByteArray historyCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                      const HistoryExportRecords &records = {}, const QString &recordsFileName = {});
// The records CSV: one row per record of the exported upgrades, in the upgrades' order.
QByteArray historyRecordsCsv(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                             const HistoryExportRecords &records, const QString &upgradesFileName);
QByteArray historyJson(const QList<UpgradeSummary> &rows, const HistoryExportInfo &info,
                       const HistoryExportRecords &records = {});
// Where the records CSV of an upgrades CSV goes: "history.csv" -> "history-records.csv".
QString historyRecordsPath(const QString &csvPath);

QString sha256Hex(const QByteArray &content);

struct ExportOutcome
{
    bool ok = false;
    QString path;
    QString checksumPath; // <path>.sha256
    QString sha256;       // hex
    qint64 bytes = 0;
    QString error;
    // The CSV export's records file, when one was written (empty otherwise).
    QString recordsPath;
    QString recordsSha256;
};

// Writes atomically (QSaveFile) and the checksum beside it.
ExportOutcome writeExport(const QString &path, const QByteArray &content);

} // namespace pdc

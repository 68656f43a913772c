// The change record of one upgrade: what was changed, by whom, how it went, and how it was validated.
// Exported as JSON (machine-readable, carries the hash chain so an auditor can verify it) and as PDF
// (Qt's own QPdfWriter; a report for people and ticket attachments: tables, wrapped evidence, a running
// header with the upgrade id and "page x of y", the chain digests and how to verify them). Both are pure
// functions of their input and take time for large records: run them on a worker thread.
#pragma once

#include "chainsegment.h"
#include "changerecordentries.h"
#include "checklist.h"
#include "domain/connectionprofile.h"
#include "domain/upgrade.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pdc {

struct ChangeRecordInput
{
    Checklist checklist;
    ConnectionProfile profile;
    std::optional<UpgradeStatus> portalStatus; // fetched from the portal at export time, if it answered
    QString portalStatusError;                 // why it is missing
    ChainSegment chain;
    QDateTime exportedAt;
    QString exportedBy;
    // Every workstation's records of the upgrade, each with author and workstation: the team ledger's
    // rows of the upgrade when a ledger is configured (changeRecordEntriesOf(rows)). Empty: this
    // workstation's entries of the upgrade in `chain`, labelled with `workstationId`.
    QList<ChangeRecordEntry> records;
    QString workstationId; // this workstation's id, when known
    QString ledgerName;    // where `records` came from, e.g. "db.example.com:5432/pdc_ledger"; empty: local
    // The profile names a ledger but it could not be read at export: `records` are this workstation's
    // only, and the record says so with these words (never silently: other desks' records are missing).
    QString ledgerError;
    // The ledger chain's head when the records were read (its newest row): commits to every ledger row up
    // to it, the upgrade's included. 0 / empty: not read.
    qint64 ledgerHeadSeq = 0;
    QString ledgerHeadHash;
    // The production safeguards' records about the request(s) this upgrade was triggered with (issue 16,
    // approvalTrailOf()): the request, approvals and rejections, the emergency override, the expiry,
    // from the same source as `records`. Listed with their payload (what was asked, decided and why).
    QList<ChangeRecordEntry> approvalTrail;

    // Whether `records` are the team ledger's (a ledger is named and it answered).
    bool recordsFromLedger() const { return !ledgerName.isEmpty() && ledgerError.isEmpty(); }
};

QJsonObject changeRecordJson(const ChangeRecordInput &input);
// The PDF's body as rich text (QTextDocument HTML subset; every portal text escaped). Evidence is cut
// into lines of at most `evidenceColumns` characters (the PDF passes what fits its monospace font).
QString changeRecordHtml(const ChangeRecordInput &input, int evidenceColumns = 96);
// The style sheet the HTML is written for (QTextDocument::setDefaultStyleSheet).
QString changeRecordStyleSheet();

// At most this many characters of one evidence excerpt are printed; the rest is in the JSON export.
inline constexpr qsizetype kChangeRecordEvidenceLimit = 4000;

bool writeChangeRecordJson(const ChangeRecordInput &input, const QString &path, QString *error);
bool writeChangeRecordPdf(const ChangeRecordInput &input, const QString &path, QString *error);

} // namespace pdc

#include "changerecordentries.h"

#include "ledger/ledgerchain.h"
#include "records/recordjournal.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace pdc {

QList<ChangeRecordEntry> changeRecordEntriesOf(const QList<JournalEntry> &entries, const QString &upgradeId,
                                               const QString &workstationId)
{
    QList<ChangeRecordEntry> out;
    for (const JournalEntry &e : entries) {
        if (e.upgradeId != upgradeId)
            continue;
        ChangeRecordEntry r;
        r.workstationId = workstationId;
        r.localSeq = e.seq;
        r.kind = e.kind;
        r.author = e.author;
        r.at = e.at;
        r.payload = e.payload;
        r.hash = e.hash;
        out.append(r);
    }
    return out;
}

QList<ChangeRecordEntry> changeRecordEntriesOf(const QList<LedgerRow> &rows)
{
    QList<ChangeRecordEntry> out;
    out.reserve(rows.size());
    for (const LedgerRow &row : rows) {
        ChangeRecordEntry r;
        r.workstationId = row.workstationId;
        r.localSeq = row.localSeq;
        r.ledgerSeq = row.ledgerSeq;
        r.kind = row.kind;
        r.author = row.author;
        r.at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
        // The columns equal the hashed content's (the ledger's insert trigger checks it); the payload is
        // only in the content.
        r.payload =
            QJsonDocument::fromJson(row.content.toUtf8()).object().value(QLatin1String("payload")).toObject();
        r.hash = row.hash;
        r.ledgerHash = row.ledgerHash;
        out.append(r);
    }
    return out;
}

QList<ChangeRecordEntry> teamChangeRecordEntriesOf(const QList<LedgerRow> &rows,
                                                   const QList<JournalEntry> &local, const QString &upgradeId,
                                                   const QString &workstationId)
{
    QList<ChangeRecordEntry> out = changeRecordEntriesOf(rows);
    QSet<qint64> shipped; // this workstation's local seqs the ledger holds
    for (const LedgerRow &row : rows) {
        if (row.workstationId == workstationId)
            shipped.insert(row.localSeq);
    }
    for (const ChangeRecordEntry &e : changeRecordEntriesOf(local, upgradeId, workstationId)) {
        if (!shipped.contains(e.localSeq))
            out.append(e);
    }
    return out;
}

QList<ChangeRecordEntry> approvalTrailOf(const QList<ChangeRecordEntry> &upgradeRecords,
                                         const QList<ChangeRecordEntry> &safeguardRecords)
{
    QSet<QString> requests, overrides;
    for (const ChangeRecordEntry &e : upgradeRecords) {
        const QJsonObject gate = e.payload.value(QStringLiteral("safeguards")).toObject();
        const QString request =
            gate.value(QStringLiteral("approval")).toObject().value(QStringLiteral("request_id")).toString();
        if (!request.isEmpty())
            requests.insert(request);
        const QString over =
            gate.value(QStringLiteral("override")).toObject().value(QStringLiteral("id")).toString();
        if (!over.isEmpty())
            overrides.insert(over);
    }
    // An override names its request: the trail of a trigger that recorded only the override has it too.
    for (const ChangeRecordEntry &e : safeguardRecords) {
        if (overrides.contains(e.payload.value(QStringLiteral("override_id")).toString()))
            requests.insert(e.payload.value(QStringLiteral("request_id")).toString());
    }
    requests.remove(QString());
    QList<ChangeRecordEntry> out;
    if (requests.isEmpty())
        return out;
    for (const ChangeRecordEntry &e : safeguardRecords) {
        if (requests.contains(e.payload.value(QStringLiteral("request_id")).toString()))
            out.append(e);
    }
    return out;
}

void sortChangeRecordEntries(QList<ChangeRecordEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ChangeRecordEntry &a, const ChangeRecordEntry &b) {
                         const bool aShipped = a.ledgerSeq > 0;
                         const bool bShipped = b.ledgerSeq > 0;
                         if (aShipped != bShipped)
                             return aShipped;
                         if (aShipped)
                             return a.ledgerSeq < b.ledgerSeq;
                         if (a.workstationId != b.workstationId)
                             return a.workstationId < b.workstationId;
                         return a.localSeq < b.localSeq;
                     });
}

QList<ChainDigest> chainDigestsOf(const QList<ChangeRecordEntry> &entries)
{
    // Widens a digest by one record; the record with the highest seq gives the hash.
    auto take = [](ChainDigest &d, qint64 seq, const QString &hash) {
        if (d.records == 0 || seq < d.firstSeq)
            d.firstSeq = seq;
        if (d.records == 0 || seq > d.lastSeq) {
            d.lastSeq = seq;
            d.hash = hash;
        }
        ++d.records;
    };
    QMap<QString, ChainDigest> perWorkstation;
    ChainDigest ledger;
    ledger.chain = QStringLiteral("ledger");
    for (const ChangeRecordEntry &e : entries) {
        ChainDigest &d = perWorkstation[e.workstationId];
        d.chain = QStringLiteral("journal");
        d.workstationId = e.workstationId;
        take(d, e.localSeq, e.hash);
        if (e.ledgerSeq > 0 && !e.ledgerHash.isEmpty())
            take(ledger, e.ledgerSeq, e.ledgerHash);
    }
    QList<ChainDigest> out = perWorkstation.values();
    if (ledger.records > 0)
        out.append(ledger);
    return out;
}

} // namespace pdc

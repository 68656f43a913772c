#include "teamrecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pdc {

JournalEntry entryOfLedgerRow(const LedgerRow &row)
{
    JournalEntry e;
    e.seq = row.localSeq;
    e.upgradeId = row.upgradeId;
    e.kind = row.kind;
    e.author = row.author;
    e.at = QDateTime::fromString(row.at, Qt::ISODateWithMs).toUTC();
    e.content = row.content;
    e.prevHash = row.prevHash;
    e.hash = row.hash;
    const QJsonDocument doc = QJsonDocument::fromJson(row.content.toUtf8());
    if (doc.isObject())
        e.payload = doc.object().value(QLatin1String("payload")).toObject();
    return e;
}

QList<TeamRecord> mergeTeamRecords(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                   const QString &workstationId)
{
    QList<TeamRecord> out;
    out.reserve(rows.size() + local.size());
    QSet<qint64> shippedHere;
    for (const LedgerRow &row : rows) {
        out.append(TeamRecord{entryOfLedgerRow(row), row.workstationId, row.ledgerSeq});
        if (!workstationId.isEmpty() && row.workstationId == workstationId)
            shippedHere.insert(row.localSeq);
    }
    for (const JournalEntry &e : local) {
        if (!shippedHere.contains(e.seq))
            out.append(TeamRecord{e, workstationId, 0});
    }
    return out;
}

QList<TeamRecord> localTeamRecords(const QList<JournalEntry> &local, const QString &workstationId,
                                   bool waiting)
{
    QList<TeamRecord> out;
    out.reserve(local.size());
    for (const JournalEntry &e : local)
        out.append(TeamRecord{e, workstationId, waiting ? 0 : -1});
    return out;
}

} // namespace pdc

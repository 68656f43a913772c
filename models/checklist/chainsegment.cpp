#include "chainsegment.h"

#include "store/localstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pdc {

ChainSegment readChainSegment(LocalStore *store, const QString &upgradeId)
{
    ChainSegment segment;
    QSqlDatabase db = store->database();
    QSqlQuery head(db);
    if (head.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")) && head.next()) {
        segment.headSeq = head.value(0).toLongLong();
        segment.headHash = head.value(1).toString();
    }
    QSqlQuery range(db);
    range.prepare(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM journal WHERE upgrade_id = ?"));
    range.addBindValue(upgradeId);
    if (!range.exec() || !range.next() || range.value(0).isNull())
        return segment;
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT seq, upgrade_id, kind, author, at, content, prev_hash, hash FROM journal "
                       "WHERE seq BETWEEN ? AND ? ORDER BY seq"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec())
        return segment;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.upgradeId = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.author = q.value(3).toString();
        e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.content = q.value(5).toString();
        e.prevHash = q.value(6).toString();
        e.hash = q.value(7).toString();
        e.payload =
            QJsonDocument::fromJson(e.content.toUtf8()).object().value(QStringLiteral("payload")).toObject();
        segment.entries.append(e);
    }
    return segment;
}

} // namespace pdc

#include "ledgerexportreads.h"

#include "ledgerconnection.h"
#include "policy/safeguardrecords.h"
#include "records/recordkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace pdc {

std::optional<QList<LedgerRow>> ledgerRowsOfUpgrades(LedgerConnection *connection,
                                                     const QStringList &upgradeIds, QString *error)
{
    QList<LedgerRow> out;
    for (qsizetype from = 0; from < upgradeIds.size(); from += kLedgerUpgradesPerQuery) {
        // The ids go as one JSON array parameter: no statement text is built from them.
        const QJsonArray ids = QJsonArray::fromStringList(upgradeIds.mid(from, kLedgerUpgradesPerQuery));
        QSqlQuery q(connection->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT ledger_seq, workstation_id, local_seq, upgrade_id, kind, author, at, hash, ledger_hash, "
            "CASE WHEN kind = ? OR upgrade_id = ? THEN content ELSE '' END "
            "FROM ledger_records WHERE upgrade_id IN (SELECT json_array_elements_text(CAST(? AS json))) "
            "ORDER BY ledger_seq"));
        q.addBindValue(recordkind::Triggered);
        q.addBindValue(kSafeguardSubject);
        q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next())
            out.append(LedgerRow{.ledgerSeq = q.value(0).toLongLong(),
                                 .workstationId = q.value(1).toString(),
                                 .localSeq = q.value(2).toLongLong(),
                                 .upgradeId = q.value(3).toString(),
                                 .kind = q.value(4).toString(),
                                 .author = q.value(5).toString(),
                                 .at = q.value(6).toString(),
                                 .content = q.value(9).toString(), // see the header: two kinds only
                                 .prevHash = {},
                                 .hash = q.value(7).toString(),
                                 .ledgerPrevHash = {},
                                 .receivedAt = {},
                                 .ledgerHash = q.value(8).toString()});
        if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError) {
            *error = q.lastError().text(); // the rows stopped part-way
            return std::nullopt;
        }
    }
    // Each query is in ledger order; together they are too.
    std::stable_sort(out.begin(), out.end(),
                     [](const LedgerRow &a, const LedgerRow &b) { return a.ledgerSeq < b.ledgerSeq; });
    return out;
}

std::optional<LedgerHead> readLedgerHead(LedgerConnection *connection, QString *error)
{
    QSqlQuery q(connection->database());
    if (!q.exec(QStringLiteral("SELECT ledger_seq, ledger_hash FROM ledger_records ORDER BY ledger_seq DESC "
                               "LIMIT 1"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    LedgerHead head;
    if (q.next()) {
        head.seq = q.value(0).toLongLong();
        head.hash = q.value(1).toString();
    }
    return head;
}

} // namespace pdc

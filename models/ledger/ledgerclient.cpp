#include "ledgerclient.h"

#include "ledgerconnection.h"
#include "records/recordjournal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pdc {

namespace {
const QString kColumns = QStringLiteral(
    "SELECT ledger_seq, workstation_id, local_seq, upgrade_id, kind, author, at, content, prev_hash, hash, "
    "ledger_prev_hash, received_at, ledger_hash FROM ledger_records ");

LedgerRow rowFrom(const QSqlQuery &q)
{
    LedgerRow r;
    r.ledgerSeq = q.value(0).toLongLong();
    r.workstationId = q.value(1).toString();
    r.localSeq = q.value(2).toLongLong();
    r.upgradeId = q.value(3).toString();
    r.kind = q.value(4).toString();
    r.author = q.value(5).toString();
    r.at = q.value(6).toString();
    r.content = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    r.ledgerPrevHash = q.value(10).toString();
    r.receivedAt = q.value(11).toString();
    r.ledgerHash = q.value(12).toString();
    return r;
}
} // namespace

LedgerClient::LedgerClient(LedgerConnection *connection)
    : m_connection(connection)
{}

bool LedgerClient::fail(const QSqlError &error)
{
    m_error = error.text().trimmed();
    // libpq reports a lost or refused connection as a connection error; SQLSTATE class 08 likewise.
    m_connectionError = error.type() == QSqlError::ConnectionError ||
                        error.nativeErrorCode().startsWith(QLatin1String("08")) ||
                        error.nativeErrorCode().startsWith(QLatin1String("57P")) || !m_connection->isOpen() ||
                        m_error.contains(QLatin1String("server closed the connection")) ||
                        m_error.contains(QLatin1String("no connection to the server")) ||
                        m_error.contains(QLatin1String("could not connect"));
    return false;
}

int LedgerClient::schemaVersion()
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('ledger_schema_versions') IS NULL THEN 0 ELSE "
                               "(SELECT coalesce(max(version), 0) FROM ledger_schema_versions) END")) ||
        !q.next()) {
        fail(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<qint64> LedgerClient::shippedUpTo(const QString &workstationId)
{
    QSqlQuery q(m_connection->database());
    q.prepare(
        QStringLiteral("SELECT coalesce(max(local_seq), 0) FROM ledger_records WHERE workstation_id = ?"));
    q.addBindValue(workstationId);
    if (!q.exec() || !q.next()) {
        fail(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool LedgerClient::append(const QString &workstationId, const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return true;
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO ledger_records (workstation_id, local_seq, upgrade_id, kind, "
                           "author, at, content, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        fail(q.lastError());
        db.rollback();
        return false;
    }
    for (const JournalEntry &e : entries) {
        q.bindValue(0, workstationId);
        q.bindValue(1, e.seq);
        q.bindValue(2, e.upgradeId.isNull() ? QStringLiteral("") : e.upgradeId);
        q.bindValue(3, e.kind);
        q.bindValue(4, e.author.isNull() ? QStringLiteral("") : e.author);
        q.bindValue(5, e.at.toUTC().toString(Qt::ISODateWithMs));
        q.bindValue(6, e.content);
        q.bindValue(7, e.prevHash.isNull() ? QStringLiteral("") : e.prevHash); // "" for record 1, never NULL
        q.bindValue(8, e.hash);
        if (!q.exec()) {
            fail(q.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        fail(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QList<LedgerRow> LedgerClient::select(const QString &where, const QVariantList &binds, bool *ok)
{
    QList<LedgerRow> out;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(kColumns + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(q.lastError());
        if (ok)
            *ok = false;
        return out;
    }
    while (q.next())
        out.append(rowFrom(q));
    if (ok)
        *ok = !q.lastError().isValid() || q.lastError().type() == QSqlError::NoError;
    return out;
}

QList<LedgerRow> LedgerClient::rowsOfUpgrade(const QString &upgradeId, bool *ok)
{
    return select(QStringLiteral("WHERE upgrade_id = ? ORDER BY ledger_seq"), {upgradeId}, ok);
}

QList<LedgerRow> LedgerClient::rowsOfWorkstation(const QString &workstationId, bool *ok)
{
    return select(QStringLiteral("WHERE workstation_id = ? ORDER BY local_seq"), {workstationId}, ok);
}

std::optional<qint64> LedgerClient::rowCount()
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ledger_records")) || !q.next()) {
        fail(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

LedgerVerdict LedgerClient::verify(int pageSize)
{
    LedgerVerifier verifier;
    qint64 after = 0;
    for (;;) {
        bool ok = false;
        const QList<LedgerRow> page = select(
            QStringLiteral("WHERE ledger_seq > ? ORDER BY ledger_seq LIMIT %1").arg(pageSize), {after}, &ok);
        if (!ok)
            return verifier.finish(m_error);
        for (const LedgerRow &r : page) {
            if (!verifier.add(r))
                return verifier.finish();
        }
        if (page.size() < pageSize)
            return verifier.finish();
        after = page.constLast().ledgerSeq;
    }
}

} // namespace pdc

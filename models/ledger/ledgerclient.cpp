#include "ledgerclient.h"

#include "ledgerconnection.h"
#include "policy/safeguardrecords.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QWaitCondition>
#include <algorithm>
#include <thread>

namespace pdc {

namespace {
const QString kColumns = QStringLiteral(
    "SELECT ledger_seq, workstation_id, local_seq, upgrade_id, kind, author, at, content, prev_hash, hash, "
    "ledger_prev_hash, received_at, ledger_hash FROM ledger_records ");

// The rows a verification has read and not yet checked, in ledger order (LedgerClient::verify).
class RowPipe
{
public:
    // Waits while kVerifyQueue batches wait already; drops the rows once the checker stopped.
    void push(QList<LedgerRow> &&rows)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= LedgerClient::kVerifyQueue && !m_stopped)
            m_notFull.wait(&m_mutex);
        if (m_stopped)
            return;
        m_queue.append(std::move(rows));
        m_notEmpty.wakeOne();
    }
    // No more rows will come.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeOne();
    }
    // The next batch; false when the pipe is closed and empty.
    bool pop(QList<LedgerRow> *rows)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.isEmpty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_queue.isEmpty())
            return false;
        *rows = m_queue.takeFirst();
        m_notFull.wakeOne();
        return true;
    }
    // The checker found a bad row: later rows are not wanted.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_notFull.wakeAll();
    }
    bool isStopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QList<QList<LedgerRow>> m_queue;
    bool m_closed = false;
    bool m_stopped = false;
};

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
    // The batch as one JSON array; the database unpacks it and its row trigger checks and links every
    // row in local_seq order. Text goes through JSON exactly (content is hashed as sent).
    QJsonArray batch;
    for (const JournalEntry &e : entries) {
        batch.append(QJsonObject{
            {QStringLiteral("local_seq"), e.seq},
            {QStringLiteral("upgrade_id"), e.upgradeId.isNull() ? QStringLiteral("") : e.upgradeId},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("author"), e.author.isNull() ? QStringLiteral("") : e.author},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("content"), e.content},
            {QStringLiteral("prev_hash"),
             e.prevHash.isNull() ? QStringLiteral("") : e.prevHash}, // never NULL
            {QStringLiteral("hash"), e.hash},
        });
    }
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO ledger_records (workstation_id, local_seq, upgrade_id, kind, author, at, content, "
        "prev_hash, hash) SELECT ?, x.local_seq, x.upgrade_id, x.kind, x.author, x.at, x.content, "
        "x.prev_hash, x.hash FROM json_to_recordset(?::json) AS x(local_seq bigint, upgrade_id text, "
        "kind text, author text, at text, content text, prev_hash text, hash text) ORDER BY x.local_seq"));
    q.addBindValue(workstationId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        fail(q.lastError());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        fail(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

std::optional<bool> LedgerClient::hasAttachment(const QString &sha256)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM ledger_attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next()) {
        fail(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong() > 0;
}

bool LedgerClient::putAttachment(const QString &workstationId, const QByteArray &bytes)
{
    if (bytes.size() > kMaxAttachmentBytes) {
        m_error = QStringLiteral("the attachment has %1 bytes; the ledger takes at most %2")
                      .arg(bytes.size())
                      .arg(kMaxAttachmentBytes);
        m_connectionError = false;
        return false;
    }
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("INSERT INTO ledger_attachments (sha256, size, bytes, first_workstation_id) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(qint64(bytes.size()));
    q.addBindValue(bytes);
    q.addBindValue(workstationId);
    if (!q.exec())
        return fail(q.lastError());
    return true;
}

std::optional<QByteArray> LedgerClient::attachment(const QString &sha256, bool *ok)
{
    if (ok)
        *ok = false;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bytes FROM ledger_attachments WHERE sha256 = ?"));
    q.addBindValue(sha256.toLower());
    if (!q.exec()) {
        fail(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError) {
            fail(q.lastError());
            return std::nullopt;
        }
        if (ok)
            *ok = true;
        return std::nullopt;
    }
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) !=
        sha256.toLower()) {
        m_error = QStringLiteral("the ledger's attachment %1 does not match its hash").arg(sha256);
        m_connectionError = false;
        return std::nullopt;
    }
    if (ok)
        *ok = true;
    return bytes;
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

QList<LedgerRow> LedgerClient::safeguardRows(bool *ok, int limit)
{
    // The content is the journal's canonical JSON: {"seq":...,"payload":{...,"role":"admin"},...}.
    return select(QStringLiteral("WHERE ledger_seq IN ("
                                 "(SELECT ledger_seq FROM ledger_records WHERE upgrade_id = ? "
                                 "ORDER BY ledger_seq DESC LIMIT ?) UNION "
                                 "(SELECT ledger_seq FROM ledger_records WHERE upgrade_id = ? AND kind = ? "
                                 "AND (content::jsonb #>> '{payload,role}') = 'admin' "
                                 "ORDER BY ledger_seq DESC LIMIT ?)) ORDER BY ledger_seq"),
                  {kSafeguardSubject, std::max(1, limit), kSafeguardSubject, recordkind::PolicySet,
                   kSafeguardPolicyRows},
                  ok);
}

QList<LedgerRow> LedgerClient::overrideTriggerRows(const QStringList &upgradeIds, bool *ok, int limit)
{
    // The predicate is migration 005's index's own (a partial index serves only a query that repeats
    // it). The content is canonical compact JSON, so an override object is '"override":{' (inside a JSON
    // string the quotes would be escaped); any key of that name elsewhere in a payload is a candidate the
    // payload's reader (historymarks.h) then rejects.
    const QString candidates =
        QStringLiteral("kind = '%1' AND strpos(content, '\"override\":{') > 0").arg(recordkind::Triggered);
    if (upgradeIds.isEmpty())
        return select(QStringLiteral("WHERE ledger_seq IN (SELECT ledger_seq FROM ledger_records WHERE %1 "
                                     "ORDER BY ledger_seq DESC LIMIT ?) ORDER BY ledger_seq")
                          .arg(candidates),
                      {std::max(1, limit)}, ok);
    // The ids go as one JSON array parameter: no statement text is built from them.
    return select(
        QStringLiteral("WHERE ledger_seq IN (SELECT ledger_seq FROM ledger_records WHERE upgrade_id "
                       "IN (SELECT json_array_elements_text(CAST(? AS json))) AND %1 "
                       "ORDER BY ledger_seq DESC LIMIT ?) ORDER BY ledger_seq")
            .arg(candidates),
        {QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(upgradeIds)).toJson(QJsonDocument::Compact)),
         std::max(1, limit)},
        ok);
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
    // Two threads: this one reads (the connection belongs to it) and a checker hashes and compares, so
    // on a machine with two cores reading the next rows and checking the last ones overlap. The rows go
    // over in order, kVerifyBatch at a time, at most kVerifyQueue batches ahead of the checker; when it
    // finds a bad row, reading stops.
    // Forward-only: QPSQL hands the rows over as they come (libpq's single-row mode), so neither the
    // driver nor this loop holds a page in memory. Paged by ledger_seq (the primary key) so each query
    // stays well within the statement timeout.
    LedgerVerifier verifier;
    RowPipe pipe;
    std::thread checker([&verifier, &pipe] {
        QList<LedgerRow> rows;
        while (pipe.pop(&rows))
            for (const LedgerRow &r : std::as_const(rows))
                if (!verifier.add(r)) {
                    pipe.stop();
                    return;
                }
    });
    QString readError;
    QList<LedgerRow> batch;
    batch.reserve(kVerifyBatch);
    qint64 after = 0;
    for (bool more = true; more && !pipe.isStopped();) {
        QSqlQuery q(m_connection->database());
        q.setForwardOnly(true);
        q.prepare(kColumns +
                  QStringLiteral("WHERE ledger_seq > ? ORDER BY ledger_seq LIMIT %1").arg(pageSize));
        q.addBindValue(after);
        if (!q.exec()) {
            fail(q.lastError());
            readError = m_error;
            break;
        }
        int rows = 0;
        while (q.next()) {
            batch.append(rowFrom(q));
            after = batch.constLast().ledgerSeq;
            ++rows;
            if (batch.size() == kVerifyBatch) {
                pipe.push(std::move(batch));
                batch = QList<LedgerRow>();
                batch.reserve(kVerifyBatch);
                if (pipe.isStopped())
                    break;
            }
        }
        if (pipe.isStopped())
            break;
        if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError) {
            fail(q.lastError());
            readError = m_error;
            break;
        }
        more = rows == pageSize;
    }
    if (!batch.isEmpty())
        pipe.push(std::move(batch));
    pipe.close();
    checker.join();
    // Every row read before a read error was checked: a bad one among them is named, not the error.
    return verifier.finish(readError);
}

} // namespace pdc

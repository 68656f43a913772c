#include "historycache.h"

#include "historylogging.h"
#include "store/localstore.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pdc {

namespace {

const QStringList migrations = {
    QStringLiteral(
        "CREATE TABLE history_upgrades (portal TEXT NOT NULL, upgrade_id TEXT NOT NULL, status TEXT "
        "NOT NULL, service TEXT NOT NULL, services TEXT NOT NULL, service_count INTEGER, version "
        "TEXT NOT NULL, force_new_deployment INTEGER, initiated_by TEXT NOT NULL, created_at "
        "INTEGER, updated_at INTEGER, completed_at INTEGER, message TEXT NOT NULL, PRIMARY "
        "KEY(portal, upgrade_id));\n"
        "CREATE INDEX history_upgrades_created ON history_upgrades(portal, created_at);\n"
        "CREATE TABLE history_refresh (portal TEXT PRIMARY KEY, server_time INTEGER, refreshed_at "
        "INTEGER NOT NULL)"),
};

// A connection of its own for the calling thread, closed and removed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("pdc-history-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        }
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Null QStrings would be bound as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

bool HistoryCache::ensureSchema(LocalStore *store, QString *error)
{
    if (store->ensureSchema(QStringLiteral("history"), migrations))
        return true;
    if (error)
        *error = store->errorString();
    return false;
}

HistoryCacheSnapshot HistoryCache::load(const QString &databasePath, const QString &portal, int firstBatch,
                                        const std::function<void(std::vector<HistoryRow> &&)> &onFirstBatch)
{
    HistoryCacheSnapshot snap;
    ScopedConnection conn(databasePath);
    QSqlDatabase db = conn.db();
    if (!db.isOpen()) {
        snap.error = db.lastError().text();
        return snap;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT upgrade_id, status, service, services, service_count, version, "
                       "force_new_deployment, initiated_by, created_at, updated_at, completed_at, message "
                       "FROM history_upgrades WHERE portal = ? ORDER BY created_at DESC, upgrade_id DESC"));
    q.addBindValue(portal);
    if (!q.exec()) {
        snap.error = q.lastError().text();
        return snap;
    }
    while (q.next()) {
        UpgradeSummary s;
        s.upgradeId = q.value(0).toString();
        s.state = UpgradeState::fromWire(q.value(1).toString());
        s.service = q.value(2).toString();
        const QString services = q.value(3).toString();
        if (!services.isEmpty())
            s.services = services.split(QLatin1Char('\n'));
        if (!q.value(4).isNull())
            s.serviceCount = q.value(4).toInt();
        s.version = q.value(5).toString();
        if (!q.value(6).isNull())
            s.forceNewDeployment = q.value(6).toInt() != 0;
        s.initiatedBy = q.value(7).toString();
        s.createdAt = timeOf(q.value(8));
        s.updatedAt = timeOf(q.value(9));
        s.completedAt = timeOf(q.value(10));
        s.message = q.value(11).toString();
        snap.rows.push_back(HistoryRow::from(s));
        if (onFirstBatch && snap.firstBatch == 0 && int(snap.rows.size()) == firstBatch) {
            snap.firstBatch = firstBatch;
            onFirstBatch(std::move(snap.rows));
            snap.rows = {};
        }
    }
    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT server_time, refreshed_at FROM history_refresh WHERE portal = ?"));
    r.addBindValue(portal);
    if (r.exec() && r.next()) {
        snap.serverTime = timeOf(r.value(0));
        snap.refreshedAt = timeOf(r.value(1));
    }
    return snap;
}

bool HistoryCache::write(const QString &databasePath, const QString &portal,
                         const QList<UpgradeSummary> &upgrades, QString *error)
{
    ScopedConnection conn(databasePath);
    QSqlDatabase db = conn.db();
    if (!db.isOpen() || !db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO history_upgrades(portal, upgrade_id, status, service, services, "
        "service_count, "
        "version, force_new_deployment, initiated_by, created_at, updated_at, completed_at, message) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const UpgradeSummary &s : upgrades) {
        q.bindValue(0, portal);
        q.bindValue(1, s.upgradeId);
        q.bindValue(2, text(s.state.raw));
        q.bindValue(3, text(s.service));
        q.bindValue(4, text(s.services.join(QLatin1Char('\n'))));
        q.bindValue(5, s.serviceCount ? QVariant(*s.serviceCount) : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(6, text(s.version));
        q.bindValue(7, s.forceNewDeployment ? QVariant(int(*s.forceNewDeployment))
                                            : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(8, text(s.initiatedBy));
        q.bindValue(9, msOrNull(s.createdAt));
        q.bindValue(10, msOrNull(s.updatedAt));
        q.bindValue(11, msOrNull(s.completedAt));
        q.bindValue(12, text(s.message));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            qCWarning(lcHistory) << "cache write failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool HistoryCache::markRefreshed(const QString &databasePath, const QString &portal,
                                 const QDateTime &serverTime, const QDateTime &refreshedAt, QString *error)
{
    ScopedConnection conn(databasePath);
    QSqlQuery q(conn.db());
    q.prepare(QStringLiteral("INSERT INTO history_refresh(portal, server_time, refreshed_at) VALUES(?,?,?) "
                             "ON CONFLICT(portal) DO UPDATE SET server_time = excluded.server_time, "
                             "refreshed_at = excluded.refreshed_at"));
    q.addBindValue(portal);
    q.addBindValue(msOrNull(serverTime));
    q.addBindValue(refreshedAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 HistoryCache::count(const QString &databasePath, const QString &portal)
{
    ScopedConnection conn(databasePath);
    QSqlQuery q(conn.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM history_upgrades WHERE portal = ?"));
    q.addBindValue(portal);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace pdc

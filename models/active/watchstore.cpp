#include "watchstore.h"

#include "domain/clock.h"
#include "store/localstore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcWatchStore, "console.models.active")

namespace pdc {

namespace {
const QStringList kMigrations{
    QStringLiteral("CREATE TABLE active_watches (portal TEXT NOT NULL, upgrade_id TEXT NOT NULL, "
                   "added_at TEXT NOT NULL, finished INTEGER NOT NULL DEFAULT 0, "
                   "PRIMARY KEY (portal, upgrade_id))"),
};

void run(QSqlQuery &q)
{
    if (!q.exec())
        qCWarning(lcWatchStore) << "watch store:" << q.lastError().text();
}
} // namespace

WatchStore::WatchStore(LocalStore *store, const Clock *clock)
    : m_store(store)
    , m_clock(clock)
{}

bool WatchStore::open()
{
    if (!m_store->ensureSchema(QStringLiteral("active"), kMigrations)) {
        m_error = m_store->errorString();
        return false;
    }
    return true;
}

void WatchStore::add(const QString &portalKey, const QString &upgradeId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO active_watches (portal, upgrade_id, added_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (portal, upgrade_id) DO NOTHING"));
    q.addBindValue(portalKey);
    q.addBindValue(upgradeId);
    q.addBindValue(m_clock->now().toString(Qt::ISODateWithMs));
    run(q);
}

void WatchStore::markFinished(const QString &portalKey, const QString &upgradeId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE active_watches SET finished = 1 WHERE portal = ? AND upgrade_id = ?"));
    q.addBindValue(portalKey);
    q.addBindValue(upgradeId);
    run(q);
}

void WatchStore::remove(const QString &portalKey, const QString &upgradeId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM active_watches WHERE portal = ? AND upgrade_id = ?"));
    q.addBindValue(portalKey);
    q.addBindValue(upgradeId);
    run(q);
}

QStringList WatchStore::unfinished(const QString &portalKey) const
{
    QStringList ids;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT upgrade_id FROM active_watches WHERE portal = ? AND finished = 0 "
                             "ORDER BY added_at, upgrade_id"));
    q.addBindValue(portalKey);
    run(q);
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace pdc

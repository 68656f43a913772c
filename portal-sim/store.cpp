#include "store.h"

#include "organization.h"
#include "simlogging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace sim {

namespace {

QSqlDatabase db(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

QJsonObject planToJson(const ecs::Plan &p)
{
    return {{QStringLiteral("service"), p.service},
            {QStringLiteral("ecs_service"), p.ecsService},
            {QStringLiteral("desired"), p.desired},
            {QStringLiteral("start_ms"), double(p.startMs)},
            {QStringLiteral("fault"), p.fault},
            {QStringLiteral("noop"), p.noop},
            {QStringLiteral("revision"), p.revision},
            {QStringLiteral("deployment_id"), p.deploymentId},
            {QStringLiteral("task_definition"), p.taskDefinition},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("restart_seconds"), p.restartSeconds}};
}

ecs::Plan planFromJson(const QString &upgradeId, const QJsonObject &o)
{
    ecs::Plan p;
    p.upgradeId = upgradeId;
    p.service = o.value(QStringLiteral("service")).toString();
    p.ecsService = o.value(QStringLiteral("ecs_service")).toString();
    p.desired = o.value(QStringLiteral("desired")).toInt();
    p.startMs = qint64(o.value(QStringLiteral("start_ms")).toDouble());
    p.fault = o.value(QStringLiteral("fault")).toString();
    p.noop = o.value(QStringLiteral("noop")).toBool();
    p.revision = o.value(QStringLiteral("revision")).toInt();
    p.deploymentId = o.value(QStringLiteral("deployment_id")).toString();
    p.taskDefinition = o.value(QStringLiteral("task_definition")).toString();
    p.version = o.value(QStringLiteral("version")).toString();
    p.restartSeconds = o.value(QStringLiteral("restart_seconds")).toDouble();
    return p;
}

QJsonObject stateToJson(const ecs::State &s)
{
    return {{QStringLiteral("status"), s.status},
            {QStringLiteral("desired"), s.desired},
            {QStringLiteral("running"), s.running},
            {QStringLiteral("pending"), s.pending},
            {QStringLiteral("failed"), s.failedTasks},
            {QStringLiteral("rollout_state"), s.rolloutState},
            {QStringLiteral("reason"), s.rolloutStateReason},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("updated_ms"), double(s.updatedMs)},
            {QStringLiteral("finished_ms"), double(s.finishedMs)}};
}

ecs::State stateFromJson(const QJsonObject &o)
{
    ecs::State s;
    s.status = o.value(QStringLiteral("status")).toString();
    s.desired = o.value(QStringLiteral("desired")).toInt();
    s.running = o.value(QStringLiteral("running")).toInt();
    s.pending = o.value(QStringLiteral("pending")).toInt();
    s.failedTasks = o.value(QStringLiteral("failed")).toInt();
    s.rolloutState = o.value(QStringLiteral("rollout_state")).toString();
    s.rolloutStateReason = o.value(QStringLiteral("reason")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    s.updatedMs = qint64(o.value(QStringLiteral("updated_ms")).toDouble());
    s.finishedMs = qint64(o.value(QStringLiteral("finished_ms")).toDouble(-1));
    return s;
}

QByteArray detailsJson(const UpgradeRecord &r)
{
    QJsonArray plans, states;
    for (const ecs::Plan &p : r.plans)
        plans.append(planToJson(p));
    for (const ecs::State &s : r.states)
        states.append(stateToJson(s));
    return QJsonDocument(QJsonObject{{QStringLiteral("plans"), plans}, {QStringLiteral("states"), states}})
        .toJson(QJsonDocument::Compact);
}

const char *SummaryColumns =
    "upgrade_id, org_id, service, services, version, resolved_version, force_new, "
    "initiated_by, status, created_at, updated_at, completed_at, cluster, region, message, "
    "estimated_time";

UpgradeRecord summaryFrom(const QSqlQuery &q)
{
    UpgradeRecord r;
    r.id = q.value(0).toString();
    r.orgId = q.value(1).toString();
    r.service = q.value(2).toString();
    r.services = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    r.version = q.value(4).toString();
    r.resolvedVersion = q.value(5).toString();
    r.force = q.value(6).toBool();
    r.initiatedBy = q.value(7).toString();
    r.status = q.value(8).toString();
    r.createdMs = q.value(9).toLongLong();
    r.updatedMs = q.value(10).toLongLong();
    r.completedMs = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
    r.cluster = q.value(12).toString();
    r.region = q.value(13).toString();
    r.message = q.value(14).toString();
    r.estimatedSeconds = q.value(15).toInt();
    return r;
}

QString whereClause(const HistoryQuery &h, bool withCursor)
{
    QStringList parts;
    if (h.sinceMs >= 0)
        parts << QStringLiteral("created_at >= :since");
    if (h.untilMs >= 0)
        parts << QStringLiteral("created_at < :until");
    if (h.updatedSinceMs >= 0)
        parts << QStringLiteral("updated_at >= :updated_since");
    if (withCursor && h.hasCursor)
        parts << QStringLiteral("(created_at, upgrade_id) < (:cursor_created, :cursor_id)");
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindHistory(QSqlQuery &q, const HistoryQuery &h, bool withCursor)
{
    if (h.sinceMs >= 0)
        q.bindValue(QStringLiteral(":since"), h.sinceMs);
    if (h.untilMs >= 0)
        q.bindValue(QStringLiteral(":until"), h.untilMs);
    if (h.updatedSinceMs >= 0)
        q.bindValue(QStringLiteral(":updated_since"), h.updatedSinceMs);
    if (withCursor && h.hasCursor) {
        q.bindValue(QStringLiteral(":cursor_created"), h.cursorCreatedMs);
        q.bindValue(QStringLiteral(":cursor_id"), h.cursorId);
    }
}

} // namespace

QString newUpgradeId(qint64 nowMs)
{
    // ULID-like: 10 characters of time, 16 random, Crockford base32; sorts by creation time.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = QStringLiteral("upg_");
    QString time;
    quint64 t = quint64(nowMs);
    for (int i = 0; i < 10; ++i) {
        time.prepend(QLatin1Char(alphabet[t % 32]));
        t /= 32;
    }
    id += time;
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

Store::Store()
    : m_connection(QStringLiteral("portal-sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Store::~Store()
{
    {
        QSqlDatabase d = db(m_connection);
        if (d.isValid())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_tempDir.isEmpty())
        QDir(m_tempDir).removeRecursively();
}

bool Store::exec(const QString &sql)
{
    QSqlQuery q(db(m_connection));
    if (!q.exec(sql)) {
        qCWarning(lcSimStore) << "SQL failed:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

bool Store::open(const QString &path, QString *error)
{
    m_path = path;
    if (m_path.isEmpty()) {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        m_tempDir = dir.path();
        m_path = dir.filePath(QStringLiteral("portal-sim.sqlite"));
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(m_path);
    if (!d.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(m_path, d.lastError().text());
        return false;
    }
    const QStringList schema{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS deployment_upgrades ("
            " upgrade_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, service TEXT NOT NULL,"
            " services TEXT NOT NULL, service_count INTEGER NOT NULL, version TEXT NOT NULL,"
            " resolved_version TEXT NOT NULL, force_new INTEGER NOT NULL, initiated_by TEXT NOT NULL,"
            " status TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            " completed_at INTEGER, cluster TEXT, region TEXT, message TEXT,"
            " estimated_time INTEGER, details TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deployment_upgrades_created"
                       " ON deployment_upgrades (created_at DESC, upgrade_id DESC)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS deployment_upgrades_updated ON deployment_upgrades (updated_at)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS deployment_upgrades_running ON deployment_upgrades (completed_at)"
            " WHERE completed_at IS NULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS service_versions ("
                       " service TEXT PRIMARY KEY, version TEXT NOT NULL, revision INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency_keys ("
                       " username TEXT NOT NULL, key TEXT NOT NULL, body_hash BLOB NOT NULL,"
                       " status INTEGER NOT NULL, response BLOB NOT NULL, created_at INTEGER NOT NULL,"
                       " PRIMARY KEY (username, key))"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql)) {
            *error = QStringLiteral("cannot prepare database %1").arg(m_path);
            return false;
        }
    }
    for (const QString &service : serviceNames()) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO service_versions VALUES (?, ?, ?)"));
        q.addBindValue(service);
        q.addBindValue(initialVersion());
        q.addBindValue(service == QStringLiteral("agent")          ? 41
                       : service == QStringLiteral("orchestrator") ? 16
                                                                   : 87);
        q.exec();
    }
    qCInfo(lcSimStore) << "database" << m_path;
    return true;
}

bool Store::insertUpgrade(const UpgradeRecord &r)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("INSERT INTO deployment_upgrades VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.orgId);
    q.addBindValue(r.service);
    q.addBindValue(r.services.join(u','));
    q.addBindValue(r.services.size());
    q.addBindValue(r.version);
    q.addBindValue(r.resolvedVersion);
    q.addBindValue(r.force ? 1 : 0);
    q.addBindValue(r.initiatedBy);
    q.addBindValue(r.status);
    q.addBindValue(r.createdMs);
    q.addBindValue(r.updatedMs);
    q.addBindValue(r.completedMs >= 0 ? QVariant(r.completedMs) : QVariant());
    q.addBindValue(r.cluster);
    q.addBindValue(r.region);
    q.addBindValue(r.message);
    q.addBindValue(r.estimatedSeconds);
    q.addBindValue(detailsJson(r));
    if (!q.exec()) {
        qCWarning(lcSimStore) << "insert failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool Store::updateUpgrade(const UpgradeRecord &r)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("UPDATE deployment_upgrades SET status = ?, updated_at = ?, completed_at = ?,"
                             " message = ?, details = ? WHERE upgrade_id = ?"));
    q.addBindValue(r.status);
    q.addBindValue(r.updatedMs);
    q.addBindValue(r.completedMs >= 0 ? QVariant(r.completedMs) : QVariant());
    q.addBindValue(r.message);
    q.addBindValue(detailsJson(r));
    q.addBindValue(r.id);
    if (!q.exec()) {
        qCWarning(lcSimStore) << "update failed:" << q.lastError().text();
        return false;
    }
    return true;
}

std::optional<UpgradeRecord> Store::upgrade(const QString &id)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT %1, details FROM deployment_upgrades WHERE upgrade_id = ?")
                  .arg(QLatin1String(SummaryColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UpgradeRecord r = summaryFrom(q);
    const QJsonObject details = QJsonDocument::fromJson(q.value(16).toByteArray()).object();
    for (const QJsonValue &v : details.value(QStringLiteral("plans")).toArray())
        r.plans.append(planFromJson(r.id, v.toObject()));
    for (const QJsonValue &v : details.value(QStringLiteral("states")).toArray())
        r.states.append(stateFromJson(v.toObject()));
    return r;
}

QList<UpgradeRecord> Store::unfinished()
{
    QList<UpgradeRecord> result;
    QStringList ids;
    {
        QSqlQuery q(db(m_connection));
        if (!q.exec(QStringLiteral("SELECT upgrade_id FROM deployment_upgrades WHERE completed_at IS NULL")))
            return result;
        while (q.next())
            ids << q.value(0).toString();
    }
    for (const QString &id : ids) {
        if (auto r = upgrade(id))
            result.append(*r);
    }
    return result;
}

QList<UpgradeRecord> Store::history(const HistoryQuery &h)
{
    QList<UpgradeRecord> result;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM deployment_upgrades%2 ORDER BY created_at DESC, upgrade_id DESC LIMIT %3")
                  .arg(QLatin1String(SummaryColumns), whereClause(h, true))
                  .arg(h.limit + 1));
    bindHistory(q, h, true);
    if (!q.exec()) {
        qCWarning(lcSimStore) << "history failed:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

qint64 Store::count(const HistoryQuery &h)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deployment_upgrades%1").arg(whereClause(h, false)));
    bindHistory(q, h, false);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QHash<QString, QPair<QString, int>> Store::serviceVersions()
{
    QHash<QString, QPair<QString, int>> result;
    QSqlQuery q(db(m_connection));
    if (q.exec(QStringLiteral("SELECT service, version, revision FROM service_versions"))) {
        while (q.next())
            result.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt()});
    }
    return result;
}

bool Store::setServiceVersion(const QString &service, const QString &version, int revision)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE service_versions SET version = ?, revision = MAX(revision, ?) WHERE service = ?"));
    q.addBindValue(version);
    q.addBindValue(revision);
    q.addBindValue(service);
    return q.exec();
}

std::optional<IdempotentAnswer> Store::idempotent(const QString &username, const QString &key)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral(
        "SELECT body_hash, status, response FROM idempotency_keys WHERE username = ? AND key = ?"));
    q.addBindValue(username);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return IdempotentAnswer{q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toByteArray()};
}

bool Store::storeIdempotent(const QString &username, const QString &key, const IdempotentAnswer &a)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO idempotency_keys VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(username);
    q.addBindValue(key);
    q.addBindValue(a.bodyHash);
    q.addBindValue(a.status);
    q.addBindValue(a.response);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

bool Store::seedHistory(int n, const Organization &org, quint64 seed, QString *error)
{
    if (n <= 0)
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase d = db(m_connection);
    if (!d.transaction()) {
        *error = QStringLiteral("cannot start a transaction: %1").arg(d.lastError().text());
        return false;
    }
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    const QStringList targets{QStringLiteral("agent"), QStringLiteral("orchestrator"),
                              QStringLiteral("customer-portal"), QStringLiteral("all")};
    const QStringList users{QStringLiteral("admin"), QStringLiteral("operator")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString emptyDetails = QStringLiteral(R"({"plans":[],"states":[]})");
    QSqlQuery q(d);
    q.prepare(QStringLiteral("INSERT INTO deployment_upgrades VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < n; ++i) {
        const qint64 created = now - qint64(n - i) * 15 * 60 * 1000 - 60000; // one every 15 minutes
        const QString target = targets[int(rng.bounded(4))];
        const QStringList services = target == QStringLiteral("all") ? serviceNames() : QStringList{target};
        const int roll = int(rng.bounded(100));
        QString status = QStringLiteral("SUCCESS"), message = QStringLiteral("All services are stable");
        if (roll >= 95) {
            status = QStringLiteral("FAILED");
            message = QStringLiteral("%1 of %1 services failed").arg(services.size());
        } else if (roll >= 90 && services.size() > 1) {
            status = QStringLiteral("PARTIAL");
            message = QStringLiteral("1 of %1 services failed").arg(services.size());
        }
        const qint64 completed = created + 120000 + rng.bounded(120000);
        // Random ids in the same time-sortable shape as real ones (seeded, so the same N gives the same
        // rows).
        static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        QString id = newUpgradeId(created).left(14);
        for (int k = 0; k < 16; ++k)
            id += QLatin1Char(alphabet[rng.bounded(32)]);
        q.addBindValue(id);
        q.addBindValue(org.id);
        q.addBindValue(target);
        q.addBindValue(services.join(u','));
        q.addBindValue(services.size());
        q.addBindValue(QStringLiteral("latest"));
        q.addBindValue(initialVersion());
        q.addBindValue(rng.bounded(2));
        q.addBindValue(users[int(rng.bounded(2))]);
        q.addBindValue(status);
        q.addBindValue(created);
        q.addBindValue(completed);
        q.addBindValue(completed);
        q.addBindValue(org.deploymentCluster());
        q.addBindValue(org.region);
        q.addBindValue(message);
        q.addBindValue(ecs::nominalSeconds());
        q.addBindValue(emptyDetails);
        if (!q.exec()) {
            *error = QStringLiteral("seeding history failed: %1").arg(q.lastError().text());
            d.rollback();
            return false;
        }
    }
    if (!d.commit()) {
        *error = QStringLiteral("seeding history failed: %1").arg(d.lastError().text());
        return false;
    }
    qCInfo(lcSimStore) << "seeded" << n << "historical upgrades in" << timer.elapsed() << "ms";
    return true;
}

} // namespace sim

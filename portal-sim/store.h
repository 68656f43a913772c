// SQLite storage of portal-sim: the deployment_upgrades table (one row per upgrade; the per-service ECS
// plans and last known states as JSON in `details`), the services' current versions, and idempotency keys.
// History is read with a keyset cursor on the index (created_at DESC, upgrade_id DESC), so any page of
// 100,000 records costs the same as the first.
#pragma once

#include "ecs.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {

struct Organization;

struct UpgradeRecord
{
    QString id, orgId, service; // service = the requested target (agent ... all)
    QStringList services;       // the concrete services
    QString version;            // as requested (latest, 2026.11.2, ...)
    QString resolvedVersion;
    bool force = false;
    QString initiatedBy, status, cluster, region, message;
    qint64 createdMs = 0, updatedMs = 0, completedMs = -1;
    int estimatedSeconds = 0;
    QList<ecs::Plan> plans;
    QList<ecs::State> states;
};

struct HistoryQuery
{
    int limit = 100;
    bool hasCursor = false;
    qint64 cursorCreatedMs = 0;
    QString cursorId;
    qint64 sinceMs = -1, untilMs = -1, updatedSinceMs = -1;
};

struct IdempotentAnswer
{
    QByteArray bodyHash;
    int status = 0;
    QByteArray response;
};

class Store
{
public:
    Store();
    ~Store();
    bool open(const QString &path, QString *error); // empty = a fresh temporary database
    QString path() const { return m_path; }

    bool insertUpgrade(const UpgradeRecord &record);
    bool updateUpgrade(const UpgradeRecord &record);
    std::optional<UpgradeRecord> upgrade(const QString &id);
    QList<UpgradeRecord> unfinished();
    // Up to query.limit + 1 summaries (no plans/states), newest first.
    QList<UpgradeRecord> history(const HistoryQuery &query);
    qint64 count(const HistoryQuery &query);

    QHash<QString, QPair<QString, int>> serviceVersions(); // service -> {version, task revision}
    bool setServiceVersion(const QString &service, const QString &version, int revision);

    std::optional<IdempotentAnswer> idempotent(const QString &username, const QString &key);
    bool storeIdempotent(const QString &username, const QString &key, const IdempotentAnswer &answer);

    // Inserts n finished synthetic upgrades spread over the past, in one transaction.
    bool seedHistory(int n, const Organization &org, quint64 seed, QString *error);

private:
    bool exec(const QString &sql);
    QString m_connection, m_path;
    QString m_tempDir;
};

QString newUpgradeId(qint64 nowMs);

} // namespace sim

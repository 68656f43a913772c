// What the deployment routes carry: the trigger request and answer, one upgrade's status with its
// per-service ECS view, and a history page. Plain values, filled by api/'s pure JSON decoders.
#pragma once

#include "upgradestate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace pdc {

// `estimated_time` comes as seconds or as text ("5-10 minutes"); both are kept.
struct EstimatedTime
{
    std::optional<qint64> seconds;
    QString text;
    bool isEmpty() const { return !seconds && text.isEmpty(); }
};

struct UpgradeRequest
{
    QString service; // wire value of a ServiceTarget
    QString version = QStringLiteral("latest");
    bool forceNewDeployment = false;
};

struct ServiceStatus
{
    QString service;
    UpgradeState state;
    QString ecsService;
    std::optional<int> desiredCount;
    std::optional<int> runningCount;
    std::optional<int> pendingCount;
    std::optional<int> failedTasks;
    QString rolloutState;
    QString rolloutStateReason;
    QString deploymentId;
    QString taskDefinition;
    QString message;
    QDateTime updatedAt;
};

struct UpgradeAccepted
{
    QString upgradeId;
    std::optional<UpgradeState> state;
    QList<ServiceStatus> services;
    QString message;
    EstimatedTime estimatedTime;
};

struct UpgradeStatus
{
    QString upgradeId;
    UpgradeState state;
    QString service; // the requested target
    QString version;
    std::optional<bool> forceNewDeployment;
    QString initiatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    QString cluster;
    QString region;
    QString message;
    EstimatedTime estimatedTime;
    QList<ServiceStatus> services;
};

struct UpgradeSummary
{
    QString upgradeId;
    UpgradeState state;
    QString service;
    QStringList services;
    std::optional<int> serviceCount;
    QString version;
    std::optional<bool> forceNewDeployment;
    QString initiatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    QString message;

    // service_count when given, else the length of services.
    int effectiveServiceCount() const { return serviceCount.value_or(int(services.size())); }
};

// A record of a history page the client could not read. One such record does not fail its page: the
// page's other records still count, and this names the one that did not (issue 13).
struct UnreadableRecord
{
    int index = 0;     // its position in the page's `upgrades`
    QString upgradeId; // its upgrade_id when that was readable, else empty
    QString field;     // the JSON path of what could not be read, e.g. "upgrades[3].created_at"
    QString message;   // what was wrong, naming the path
    // "upg_X (upgrades[3]): Field 'upgrades[3].created_at' is not an RFC 3339 time"
    QString describe() const
    {
        const QString where = QStringLiteral("upgrades[%1]").arg(index);
        return (upgradeId.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(upgradeId, where)) +
               QStringLiteral(": ") + message;
    }
};

struct HistoryPage
{
    QList<UpgradeSummary> upgrades;
    QList<UnreadableRecord> unreadable; // records left out of `upgrades` because they could not be read
    QString nextCursor;                 // empty on the last page
    std::optional<qint64> total;
    QDateTime serverTime;
};

struct HistoryQuery
{
    int limit = 500;
    QString cursor;
    QDateTime since;
    QDateTime until;
    QDateTime updatedSince;
};

} // namespace pdc

Q_DECLARE_METATYPE(pdc::UpgradeStatus)
Q_DECLARE_METATYPE(pdc::UpgradeSummary)
Q_DECLARE_METATYPE(pdc::UnreadableRecord)

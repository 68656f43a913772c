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

struct HistoryPage
{
    QList<UpgradeSummary> upgrades;
    QString nextCursor; // empty on the last page
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

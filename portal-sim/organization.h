// The organization record the deployment handler reads, and the service and version catalogue.
//
// Cluster derivation rule (as the guide says, "derives the cluster name if needed"): when the record has
// no cluster, the cluster is "<stack>-cluster". The stack defaults to "<tenant>-<env short>" where the
// short environment is prod, stage or dev (custom names are kept as they are). ECS service names are
// "<stack>-<service>", task definitions "<stack>-<service>:<revision>".
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sim {

struct Organization
{
    QString id, name, tenant, environment, region, stack;
    QString cluster; // empty in the record: derived by deploymentCluster()

    QString deploymentCluster() const;
    QString ecsService(const QString &service) const { return stack + u'-' + service; }
    QJsonObject toJson() const; // the record as stored (cluster empty => omitted)

    static Organization make(const QString &tenant, const QString &environment);
};

// The concrete services, in the order `all` expands to.
QStringList serviceNames();
int desiredCount(const QString &service);
// `latest` plus two dated versions; `latest` resolves to the newest.
QStringList versionList();
QString resolveVersion(const QString &version); // empty when unknown
QString initialVersion();

} // namespace sim

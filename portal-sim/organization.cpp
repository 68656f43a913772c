#include "organization.h"

namespace sim {

QString Organization::deploymentCluster() const
{
    return cluster.isEmpty() ? stack + QStringLiteral("-cluster") : cluster;
}

QJsonObject Organization::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},         {QStringLiteral("name"), name},
                  {QStringLiteral("tenant"), tenant}, {QStringLiteral("environment"), environment},
                  {QStringLiteral("region"), region}, {QStringLiteral("stack"), stack}};
    // The session answer shows the cluster the handler will use, derived when the record has none.
    o.insert(QStringLiteral("cluster"), deploymentCluster());
    return o;
}

Organization Organization::make(const QString &tenant, const QString &environment)
{
    Organization org;
    org.tenant = tenant.isEmpty() ? QStringLiteral("demo") : tenant;
    org.environment = environment.isEmpty() ? QStringLiteral("staging") : environment;
    org.id = QStringLiteral("org_") + org.tenant;
    if (org.tenant == QStringLiteral("demo")) {
        org.name = QStringLiteral("Demo Corp");
    } else {
        QString name = org.tenant;
        name[0] = name[0].toUpper();
        org.name = name + QStringLiteral(" Corp");
    }
    QString shortEnv = org.environment;
    if (shortEnv == QStringLiteral("production"))
        shortEnv = QStringLiteral("prod");
    else if (shortEnv == QStringLiteral("staging"))
        shortEnv = QStringLiteral("stage");
    else if (shortEnv == QStringLiteral("development"))
        shortEnv = QStringLiteral("dev");
    org.stack = org.tenant + u'-' + shortEnv;
    org.region = QStringLiteral("eu-west-1");
    return org;
}

QStringList serviceNames()
{
    return {QStringLiteral("agent"), QStringLiteral("orchestrator"), QStringLiteral("customer-portal")};
}

int desiredCount(const QString &service)
{
    return service == QStringLiteral("agent") ? 4 : 2;
}

QStringList versionList()
{
    return {QStringLiteral("latest"), QStringLiteral("2026.11.2"), QStringLiteral("2026.11.1")};
}

QString resolveVersion(const QString &version)
{
    if (version == QStringLiteral("latest"))
        return versionList().at(1);
    return versionList().contains(version) ? version : QString();
}

QString initialVersion()
{
    return versionList().at(2);
}

} // namespace sim

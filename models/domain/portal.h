// What the portal says about itself, the session and the tenant: session info, health, the version
// list, and the post-upgrade probe answers.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace pdc {

struct User
{
    QString username;
    QString displayName;
    QString role; // admin, operator, auditor, or whatever the portal sent
    bool mayTrigger() const { return role == QLatin1String("admin") || role == QLatin1String("operator"); }
};

struct Organization
{
    QString id;
    QString name;
    QString tenant;
    QString environment;
    QString region;
    QString cluster;
    QString stack;
};

struct SessionInfo
{
    User user;
    Organization organization;
    QDateTime expiresAt;
    QDateTime idleExpiresAt;
    // The CSRF token is deliberately not here: it is a secret and stays inside api/.
};

// GET /health as the contract reads it: any 200 is healthy, whatever the body; anything else is not.
// A Health body ({"status": ...}) gives status and its details, and only its own word "degraded" or
// "unhealthy" makes a 200 not healthy. Any other body (plain text, other JSON) is kept in `excerpt`,
// shortened and with secrets removed, to be shown as plain text; status is then empty.
struct Health
{
    QString status; // healthy, degraded, unhealthy, or as sent; empty when the body was not a Health body
    QString version;
    QDateTime time;
    QMap<QString, QString> checks;
    QString excerpt; // the start of a body that is not a Health body (plain text, never markup)
    int httpStatus = 0;
    bool isHealthy() const
    {
        return httpStatus == 200 && status != QLatin1String("degraded") &&
               status != QLatin1String("unhealthy");
    }
};

struct ComponentHealth
{
    QString name;
    QString status;
    QString message;
    std::optional<int> latencyMs;
};

struct ComponentHealthList
{
    QString status;
    QDateTime checkedAt;
    QList<ComponentHealth> items;
    bool isHealthy() const { return status == QLatin1String("healthy"); }
};

struct VersionList
{
    QStringList versions;
    QString defaultVersion;
    QMap<QString, QString> current; // service -> version it runs now (optional)
    QString message;                // the "version selection is still evolving" caveat
};

// A route to observe (PortalGateway::probeRoute): what to send, and the name the evidence carries.
struct RouteProbe
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString route; // a path on the portal (a profile's assumed route or one of domain/routes.h)
    QList<std::pair<QString, QString>> query;
    QString target; // e.g. "provider": ProbeResult::target
};

// The evidence of one automatic post-upgrade probe (provider, connector, license, usage, session...).
struct ProbeResult
{
    bool ok = false;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString target;
    QString message;
    QString excerpt; // the first few hundred characters of the body, secrets removed
};

} // namespace pdc

#include "connectionprofile.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace pdc {

QList<AssumedRoute> allAssumedRoutes()
{
    return {AssumedRoute::Login,           AssumedRoute::Logout,         AssumedRoute::Session,
            AssumedRoute::ConnectorHealth, AssumedRoute::ProviderHealth, AssumedRoute::ProviderProbe,
            AssumedRoute::ConnectorProbe,  AssumedRoute::License,        AssumedRoute::Usage};
}

EnvironmentClass classifyEnvironment(const QString &environment)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = environment.trimmed().toLower().split(separators, Qt::SkipEmptyParts);
    const auto any = [&words](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (words.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };
    if (any({"production", "prod", "prd", "live"}))
        return EnvironmentClass::Production;
    if (any({"staging", "stage", "stg"}))
        return EnvironmentClass::Staging;
    if (any({"development", "dev"}))
        return EnvironmentClass::Development;
    return EnvironmentClass::Custom;
}

QString defaultRoute(AssumedRoute route)
{
    switch (route) {
    case AssumedRoute::Login:
        return QStringLiteral("/api/v1/auth/login");
    case AssumedRoute::Logout:
        return QStringLiteral("/api/v1/auth/logout");
    case AssumedRoute::Session:
        return QStringLiteral("/api/v1/auth/session");
    case AssumedRoute::ConnectorHealth:
        return QStringLiteral("/api/v1/health/connectors");
    case AssumedRoute::ProviderHealth:
        return QStringLiteral("/api/v1/health/providers");
    case AssumedRoute::ProviderProbe:
        return QStringLiteral("/api/v1/probes/provider");
    case AssumedRoute::ConnectorProbe:
        return QStringLiteral("/api/v1/probes/connector");
    case AssumedRoute::License:
        return QStringLiteral("/api/v1/license");
    case AssumedRoute::Usage:
        return QStringLiteral("/api/v1/usage");
    }
    return {};
}

QString assumedRouteKey(AssumedRoute route)
{
    switch (route) {
    case AssumedRoute::Login:
        return QStringLiteral("login");
    case AssumedRoute::Logout:
        return QStringLiteral("logout");
    case AssumedRoute::Session:
        return QStringLiteral("session");
    case AssumedRoute::ConnectorHealth:
        return QStringLiteral("connector-health");
    case AssumedRoute::ProviderHealth:
        return QStringLiteral("provider-health");
    case AssumedRoute::ProviderProbe:
        return QStringLiteral("provider-probe");
    case AssumedRoute::ConnectorProbe:
        return QStringLiteral("connector-probe");
    case AssumedRoute::License:
        return QStringLiteral("license");
    case AssumedRoute::Usage:
        return QStringLiteral("usage");
    }
    return {};
}

QString ConnectionProfile::route(AssumedRoute r) const
{
    const QString custom = routeOverrides.value(r).trimmed();
    return custom.isEmpty() ? defaultRoute(r) : custom;
}

QString fillLinkTemplate(const QString &linkTemplate, const QMap<QString, QString> &values)
{
    QString out = linkTemplate;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString placeholder = QLatin1Char('{') + it.key() + QLatin1Char('}');
        out.replace(placeholder, QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    }
    return out;
}

QString ConnectionProfile::portalKey() const
{
    // "https://portal/" and "https://portal" are one portal (QUrl::StripTrailingSlash keeps a lone "/").
    QUrl url = portalUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString() + QLatin1Char('|') + tenant;
}

QString toWire(NoLedgerMode mode)
{
    switch (mode) {
    case NoLedgerMode::RefuseProduction:
        return QStringLiteral("refuse-production");
    case NoLedgerMode::AllowProductionWithWarning:
        return QStringLiteral("allow-with-warning");
    }
    return {};
}

std::optional<NoLedgerMode> noLedgerModeFromWire(const QString &wire)
{
    for (NoLedgerMode m : {NoLedgerMode::RefuseProduction, NoLedgerMode::AllowProductionWithWarning}) {
        if (toWire(m) == wire)
            return m;
    }
    return std::nullopt;
}

} // namespace pdc

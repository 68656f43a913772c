// A connection profile: which portal, which tenant and environment, how to trust it, and where the
// routes the contract marks as assumptions live on this portal. No secret is ever part of a profile.
#pragma once

#include "ledgersettings.h"

#include <QMap>
#include <QString>
#include <QUrl>
#include <optional>

namespace pdc {

// Routes docs/api/openapi.yaml marks as assumptions; each can be overridden per profile.
enum class AssumedRoute
{
    Login,
    Logout,
    Session,
    ConnectorHealth,
    ProviderHealth,
    ProviderProbe,
    ConnectorProbe,
    License,
    Usage,
};

// How careful an environment's name calls for. Production: "production", "prod", "prd" or "live", alone
// or as a word of a longer name ("eu-prod-2", "Live EU"). Staging: "staging", "stage", "stg". Development:
// "development", "dev". Anything else is custom. Every screen and check asks this one function.
enum class EnvironmentClass
{
    Production,
    Staging,
    Development,
    Custom,
};
EnvironmentClass classifyEnvironment(const QString &environment);

// What the console and deployctl do when the profile has no team ledger (so no shared policy and no
// approvals can be read; docs/policy.md). Default RefuseProduction: a profile that does not say
// otherwise never upgrades production without the safeguards.
enum class NoLedgerMode
{
    RefuseProduction,           // production triggers are refused; other classes go with a warning
    AllowProductionWithWarning, // production goes too, with a warning that no safeguard was checked
};
QString toWire(NoLedgerMode mode); // "refuse-production", "allow-with-warning"
std::optional<NoLedgerMode> noLedgerModeFromWire(const QString &wire);

struct ConnectionProfile
{
    QString name;
    QUrl portalUrl;                             // scheme, host, port (and optional base path)
    QString tenant;                             // the tenant the operator means to change
    QString environment;                        // production, staging, development, or a custom name
    QString caBundlePath;                       // optional PEM file; the only way to trust a private CA
    QString username;                           // last user signed in with this profile (not a secret)
    QMap<AssumedRoute, QString> routeOverrides; // empty = the contract's default path
    QString metricsLinkTemplate;                // placeholders {upgrade_id} {service} {cluster} {from} {to}
    QString logsLinkTemplate;
    LedgerSettings ledger; // the team ledger records are shipped to (docs/ledger.md); optional
    // Without a configured ledger: refuse production triggers (default) or allow them with a warning.
    NoLedgerMode noLedgerMode = NoLedgerMode::RefuseProduction;

    bool isProduction() const { return classifyEnvironment(environment) == EnvironmentClass::Production; }
    // The effective path of an assumed route: the override, else the contract's default.
    QString route(AssumedRoute r) const;
    // Which portal and tenant local data belongs to (watches, history cache, pending triggers): the
    // portal URL without a trailing slash, "|", the tenant. Every store keys by this one function.
    QString portalKey() const;
};

QString defaultRoute(AssumedRoute route);
QString assumedRouteKey(AssumedRoute route); // stable settings key, e.g. "login"
QList<AssumedRoute> allAssumedRoutes();

// Fills a dashboard link template; values are percent-encoded for a URL query.
QString fillLinkTemplate(const QString &linkTemplate, const QMap<QString, QString> &values);

} // namespace pdc

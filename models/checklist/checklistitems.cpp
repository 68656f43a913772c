#include "checklistitems.h"

#include "domain/routes.h"

#include <QCoreApplication>

namespace pdc {

namespace {

class ChecklistItem
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistItem)
};

const QList<ChecklistItemSpec> &allSpecs()
{
    static const QList<ChecklistItemSpec> specs = {
        {QStringLiteral("rollback-understand"), ChecklistSection::Rollback, std::nullopt},
        {QStringLiteral("rollback-corrective"), ChecklistSection::Rollback, std::nullopt},
        {QStringLiteral("session-login"), ChecklistSection::Validation, ChecklistProbe::SessionLogin},
        {QStringLiteral("provider-path"), ChecklistSection::Validation, ChecklistProbe::ProviderPath},
        {QStringLiteral("connector-path"), ChecklistSection::Validation, ChecklistProbe::ConnectorPath},
        {QStringLiteral("monitoring"), ChecklistSection::Validation, std::nullopt},
        {QStringLiteral("license-view"), ChecklistSection::Validation, ChecklistProbe::LicenseView},
        {QStringLiteral("usage-view"), ChecklistSection::Validation, ChecklistProbe::UsageView},
        {QStringLiteral("deployment-view"), ChecklistSection::Validation, ChecklistProbe::DeploymentView},
        {QStringLiteral("rollback-restored"), ChecklistSection::Rollback, std::nullopt},
    };
    return specs;
}

bool isRollbackOnly(const QString &id)
{
    return id.startsWith(QLatin1String("rollback-"));
}

} // namespace

QString ChecklistItemSpec::title() const
{
    if (id == QLatin1String("session-login"))
        return ChecklistItem::tr("Portal login still works");
    if (id == QLatin1String("provider-path"))
        return ChecklistItem::tr("One LLM-provider-backed request path works");
    if (id == QLatin1String("connector-path"))
        return ChecklistItem::tr("One connector-backed path works");
    if (id == QLatin1String("monitoring"))
        return ChecklistItem::tr("Monitoring reflects a healthy steady state");
    if (id == QLatin1String("license-view"))
        return ChecklistItem::tr("The license view is still accessible");
    if (id == QLatin1String("usage-view"))
        return ChecklistItem::tr("The usage view is still accessible");
    if (id == QLatin1String("deployment-view"))
        return ChecklistItem::tr("The deployment view is still accessible");
    if (id == QLatin1String("rollback-understand"))
        return ChecklistItem::tr("Understand what happened from status and history");
    if (id == QLatin1String("rollback-corrective"))
        return ChecklistItem::tr("Record the corrective deployment");
    if (id == QLatin1String("rollback-restored"))
        return ChecklistItem::tr("The restored state passed the same checks");
    return id;
}

QString ChecklistItemSpec::what() const
{
    if (id == QLatin1String("session-login"))
        return ChecklistItem::tr(
            "Sign in to the portal once more with your portal identity: the console asks for your "
            "password, signs in with a separate session, checks that session with the session route "
            "and signs it out again. Your own session is not touched and the password is not kept.");
    if (id == QLatin1String("provider-path"))
        return ChecklistItem::tr(
            "Run one request that goes through an LLM provider (the provider probe route).");
    if (id == QLatin1String("connector-path"))
        return ChecklistItem::tr(
            "Run one request that goes through a connector (the connector probe route).");
    if (id == QLatin1String("monitoring"))
        return ChecklistItem::tr(
            "Open the service dashboards and confirm the new state is steady: running count equals "
            "desired count, no failing tasks, error rate and latency back to normal. Write what you "
            "saw and attach a dashboard screenshot.");
    if (id == QLatin1String("license-view"))
        return ChecklistItem::tr("Open the tenant's license view (the license route).");
    if (id == QLatin1String("usage-view"))
        return ChecklistItem::tr("Open the tenant's usage view (the usage route).");
    if (id == QLatin1String("deployment-view"))
        return ChecklistItem::tr("Open the deployment history view (GET /api/v1/deployments/upgrades).");
    if (id == QLatin1String("rollback-understand"))
        return ChecklistItem::tr(
            "Read the upgrade's status and the history: which services failed, with which ECS "
            "rollout state and reason, and what ran before. Write down what happened.");
    if (id == QLatin1String("rollback-corrective"))
        return ChecklistItem::tr(
            "The portal has no rollback endpoint. Roll back or deploy the fix through your existing "
            "deployment process, then record here what was done, by whom, and its change or "
            "upgrade reference (a link if there is one).");
    if (id == QLatin1String("rollback-restored"))
        return ChecklistItem::tr(
            "After the corrective deployment, run the checks above again (health, provider and "
            "connector paths) and confirm here that the restored state passed them.");
    return {};
}

QString ChecklistItemSpec::why() const
{
    if (id == QLatin1String("session-login"))
        return ChecklistItem::tr(
            "Operators and customers must still be able to sign in; a portal restart can break "
            "sessions even when ECS reports success.");
    if (id == QLatin1String("provider-path"))
        return ChecklistItem::tr(
            "The guide asks to verify one provider-backed path: \"upgrade request accepted\" is not "
            "\"rollout complete\".");
    if (id == QLatin1String("connector-path"))
        return ChecklistItem::tr(
            "Connector execution runs in the agent; a rollout can succeed while connectors fail.");
    if (id == QLatin1String("monitoring"))
        return ChecklistItem::tr(
            "The final status field only says the rollout finished; dashboards show whether the new "
            "state is healthy and steady.");
    if (id == QLatin1String("license-view") || id == QLatin1String("usage-view") ||
        id == QLatin1String("deployment-view"))
        return ChecklistItem::tr(
            "The guide's validation matrix: license, usage and deployment views must still be "
            "accessible after the upgrade.");
    if (id == QLatin1String("rollback-understand"))
        return ChecklistItem::tr(
            "The guide's rollback guidance starts from the upgrade-status and upgrade-history views; "
            "a corrective action needs to know what actually failed.");
    if (id == QLatin1String("rollback-corrective"))
        return ChecklistItem::tr(
            "The change record must show how the platform was brought back, even though the action "
            "happened outside this console.");
    if (id == QLatin1String("rollback-restored"))
        return ChecklistItem::tr(
            "The guide asks to validate the restored state through the same health, provider and "
            "connector checks.");
    return {};
}

QList<ChecklistItemSpec> checklistItemsFor(const UpgradeState &finalState)
{
    const bool rollback =
        finalState.kind == UpgradeState::Kind::Failed || finalState.kind == UpgradeState::Kind::Partial;
    QList<ChecklistItemSpec> out;
    for (const ChecklistItemSpec &spec : allSpecs()) {
        if (rollback || !isRollbackOnly(spec.id))
            out.append(spec);
    }
    return out;
}

std::optional<ChecklistItemSpec> checklistItemSpec(const QString &id)
{
    for (const ChecklistItemSpec &spec : allSpecs()) {
        if (spec.id == id)
            return spec;
    }
    return std::nullopt;
}

bool probeConfigured(const ConnectionProfile &profile, ChecklistProbe probe)
{
    auto switchedOff = [&profile](AssumedRoute route) {
        const QString value = profile.routeOverrides.value(route).trimmed().toLower();
        return value == QLatin1String("-") || value == QLatin1String("none") ||
               value == QLatin1String("manual");
    };
    switch (probe) {
    case ChecklistProbe::SessionLogin:
        return !switchedOff(AssumedRoute::Login) && !switchedOff(AssumedRoute::Session);
    case ChecklistProbe::ProviderPath:
        return !switchedOff(AssumedRoute::ProviderProbe);
    case ChecklistProbe::ConnectorPath:
        return !switchedOff(AssumedRoute::ConnectorProbe);
    case ChecklistProbe::LicenseView:
        return !switchedOff(AssumedRoute::License);
    case ChecklistProbe::UsageView:
        return !switchedOff(AssumedRoute::Usage);
    case ChecklistProbe::DeploymentView:
    case ChecklistProbe::Health:
        return true;
    }
    return false;
}

RouteProbe routeProbe(ChecklistProbe probe, const ConnectionProfile &profile)
{
    auto make = [](const char *verb, const QString &route, const QString &target) {
        RouteProbe r;
        r.verb = verb;
        r.route = route;
        r.target = target;
        return r;
    };
    switch (probe) {
    case ChecklistProbe::SessionLogin:
        return make("GET", profile.route(AssumedRoute::Session), QStringLiteral("session"));
    case ChecklistProbe::ProviderPath:
        return make("POST", profile.route(AssumedRoute::ProviderProbe), QStringLiteral("provider"));
    case ChecklistProbe::ConnectorPath:
        return make("POST", profile.route(AssumedRoute::ConnectorProbe), QStringLiteral("connector"));
    case ChecklistProbe::LicenseView:
        return make("GET", profile.route(AssumedRoute::License), QStringLiteral("license"));
    case ChecklistProbe::UsageView:
        return make("GET", profile.route(AssumedRoute::Usage), QStringLiteral("usage"));
    case ChecklistProbe::DeploymentView: {
        RouteProbe r = make("GET", routes::History, QStringLiteral("deployments"));
        r.query = {{QStringLiteral("limit"), QStringLiteral("1")}};
        return r;
    }
    case ChecklistProbe::Health:
        return make("GET", routes::Health, QStringLiteral("health"));
    }
    return {};
}

QString probeKey(ChecklistProbe probe)
{
    switch (probe) {
    case ChecklistProbe::SessionLogin:
        return QStringLiteral("session-login");
    case ChecklistProbe::ProviderPath:
        return QStringLiteral("provider-path");
    case ChecklistProbe::ConnectorPath:
        return QStringLiteral("connector-path");
    case ChecklistProbe::LicenseView:
        return QStringLiteral("license-view");
    case ChecklistProbe::UsageView:
        return QStringLiteral("usage-view");
    case ChecklistProbe::DeploymentView:
        return QStringLiteral("deployment-view");
    case ChecklistProbe::Health:
        return QStringLiteral("health");
    }
    return {};
}

std::optional<ChecklistProbe> probeFromKey(const QString &key)
{
    for (ChecklistProbe p :
         {ChecklistProbe::SessionLogin, ChecklistProbe::ProviderPath, ChecklistProbe::ConnectorPath,
          ChecklistProbe::LicenseView, ChecklistProbe::UsageView, ChecklistProbe::DeploymentView,
          ChecklistProbe::Health}) {
        if (probeKey(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace pdc

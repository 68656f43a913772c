#include "checklistitems.h"

#include <QCoreApplication>

namespace pdc {

namespace {

using Probe = PortalGateway::Probe;

class ChecklistItem
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistItem)
};

const QList<ChecklistItemSpec> &allSpecs()
{
    static const QList<ChecklistItemSpec> specs = {
        {QStringLiteral("rollback-understand"), ChecklistSection::Rollback, std::nullopt},
        {QStringLiteral("rollback-corrective"), ChecklistSection::Rollback, std::nullopt},
        {QStringLiteral("session-login"), ChecklistSection::Validation, Probe::SessionLogin},
        {QStringLiteral("provider-path"), ChecklistSection::Validation, Probe::ProviderPath},
        {QStringLiteral("connector-path"), ChecklistSection::Validation, Probe::ConnectorPath},
        {QStringLiteral("monitoring"), ChecklistSection::Validation, std::nullopt},
        {QStringLiteral("license-view"), ChecklistSection::Validation, Probe::LicenseView},
        {QStringLiteral("usage-view"), ChecklistSection::Validation, Probe::UsageView},
        {QStringLiteral("deployment-view"), ChecklistSection::Validation, Probe::DeploymentView},
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

bool probeConfigured(const ConnectionProfile &profile, PortalGateway::Probe probe)
{
    auto switchedOff = [&profile](AssumedRoute route) {
        const QString value = profile.routeOverrides.value(route).trimmed().toLower();
        return value == QLatin1String("-") || value == QLatin1String("none") ||
               value == QLatin1String("manual");
    };
    switch (probe) {
    case Probe::SessionLogin:
        return !switchedOff(AssumedRoute::Login) && !switchedOff(AssumedRoute::Session);
    case Probe::ProviderPath:
        return !switchedOff(AssumedRoute::ProviderProbe);
    case Probe::ConnectorPath:
        return !switchedOff(AssumedRoute::ConnectorProbe);
    case Probe::LicenseView:
        return !switchedOff(AssumedRoute::License);
    case Probe::UsageView:
        return !switchedOff(AssumedRoute::Usage);
    case Probe::DeploymentView:
    case Probe::Health:
        return true;
    }
    return false;
}

QString probeKey(PortalGateway::Probe probe)
{
    switch (probe) {
    case Probe::SessionLogin:
        return QStringLiteral("session-login");
    case Probe::ProviderPath:
        return QStringLiteral("provider-path");
    case Probe::ConnectorPath:
        return QStringLiteral("connector-path");
    case Probe::LicenseView:
        return QStringLiteral("license-view");
    case Probe::UsageView:
        return QStringLiteral("usage-view");
    case Probe::DeploymentView:
        return QStringLiteral("deployment-view");
    case Probe::Health:
        return QStringLiteral("health");
    }
    return {};
}

std::optional<PortalGateway::Probe> probeFromKey(const QString &key)
{
    for (Probe p : {Probe::SessionLogin, Probe::ProviderPath, Probe::ConnectorPath, Probe::LicenseView,
                    Probe::UsageView, Probe::DeploymentView, Probe::Health}) {
        if (probeKey(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace pdc

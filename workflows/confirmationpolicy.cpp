#include "confirmationpolicy.h"

#include "domain/connectionprofile.h"

namespace pdc {

ConfirmationRequirement requiredConfirmation(const ConfirmationContext &context)
{
    ConfirmationRequirement r;
    r.expectedTenant = context.expectedTenant.trimmed();
    r.allServices = context.scope == QLatin1String("all");
    r.reasonRequired = r.allServices;
    if (context.session) {
        r.reportedTenant = context.session->organization.tenant.trimmed();
        r.reportedEnvironment = context.session->organization.environment;
        r.role = context.session->user.role;
    }
    r.production = classifyEnvironment(context.chosenEnvironment) == EnvironmentClass::Production ||
                   classifyEnvironment(r.reportedEnvironment) == EnvironmentClass::Production;
    r.method = r.production || r.allServices ? ConfirmationRequirement::Method::TypedTenant
                                             : ConfirmationRequirement::Method::Tick;
    r.tenantToType = r.reportedTenant.isEmpty() ? r.expectedTenant : r.reportedTenant;

    using Refusal = ConfirmationRequirement::Refusal;
    if (!context.session)
        r.refusal = Refusal::NoSession;
    else if (!context.session->user.mayTrigger())
        r.refusal = Refusal::RoleMayNotTrigger;
    else if (context.scope.isEmpty())
        r.refusal = Refusal::NoScope;
    else if (!r.expectedTenant.isEmpty() && !r.reportedTenant.isEmpty() &&
             r.expectedTenant.compare(r.reportedTenant, Qt::CaseInsensitive) != 0)
        r.refusal = Refusal::TenantMismatch;
    else if (r.method == ConfirmationRequirement::Method::TypedTenant && r.tenantToType.isEmpty())
        r.refusal = Refusal::NoTenantToType;
    return r;
}

bool ConfirmationRequirement::satisfiedBy(const Confirmation &given) const
{
    if (refused())
        return false;
    if (reasonRequired && given.reason.trimmed().isEmpty())
        return false;
    if (method == Method::TypedTenant)
        return !tenantToType.isEmpty() && given.typedTenant.trimmed() == tenantToType;
    return given.ticked;
}

QString ConfirmationRequirement::methodWire() const
{
    QString m = method == Method::TypedTenant ? QStringLiteral("typed-tenant") : QStringLiteral("tick");
    if (reasonRequired)
        m += QStringLiteral("+reason");
    return m;
}

QString ConfirmationRequirement::refusalText() const
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoSession:
        return QStringLiteral("not signed in");
    case Refusal::RoleMayNotTrigger:
        return QStringLiteral("role '%1' may not trigger upgrades").arg(role);
    case Refusal::NoScope:
        return QStringLiteral("no scope chosen");
    case Refusal::TenantMismatch:
        return QStringLiteral("the portal reports tenant '%1' but '%2' was expected")
            .arg(reportedTenant, expectedTenant);
    case Refusal::NoTenantToType:
        return QStringLiteral(
            "this change must be confirmed with the tenant's name, but the portal reports no "
            "tenant and none was named (set the profile's tenant or pass --tenant)");
    }
    return {};
}

} // namespace pdc

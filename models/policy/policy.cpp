#include "policy.h"

namespace pdc {

QString toWire(EnvironmentClass environmentClass)
{
    switch (environmentClass) {
    case EnvironmentClass::Production:
        return QStringLiteral("production");
    case EnvironmentClass::Staging:
        return QStringLiteral("staging");
    case EnvironmentClass::Development:
        return QStringLiteral("development");
    case EnvironmentClass::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<EnvironmentClass> environmentClassFromWire(const QString &wire)
{
    for (EnvironmentClass c : {EnvironmentClass::Production, EnvironmentClass::Staging,
                               EnvironmentClass::Development, EnvironmentClass::Custom}) {
        if (toWire(c) == wire)
            return c;
    }
    return std::nullopt;
}

SafeguardPolicy defaultPolicy(const QString &tenant, EnvironmentClass environmentClass)
{
    SafeguardPolicy p;
    p.key = PolicyKey{tenant, environmentClass};
    if (environmentClass == EnvironmentClass::Production) {
        for (ServiceTarget t : allTargets())
            p.scopesNeedingApproval.insert(t);
    } else {
        p.scopesNeedingApproval.insert(ServiceTarget::All);
    }
    return p;
}

SafeguardPolicy PolicySet::lookup(const QString &tenant, EnvironmentClass environmentClass) const
{
    const SafeguardPolicy *any = nullptr;
    for (const SafeguardPolicy &p : policies) {
        if (p.key.environmentClass != environmentClass)
            continue;
        if (p.key.tenant == tenant)
            return p;
        if (p.key.tenant == kAnyTenant && !any)
            any = &p;
    }
    if (any)
        return *any; // key.tenant stays "*": records say which policy applied
    return defaultPolicy(tenant, environmentClass);
}

} // namespace pdc

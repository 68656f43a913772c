#include "servicetarget.h"

namespace pdc {

QString toWire(ServiceTarget target)
{
    switch (target) {
    case ServiceTarget::Agent:
        return QStringLiteral("agent");
    case ServiceTarget::Orchestrator:
        return QStringLiteral("orchestrator");
    case ServiceTarget::CustomerPortal:
        return QStringLiteral("customer-portal");
    case ServiceTarget::All:
        return QStringLiteral("all");
    }
    return {};
}

std::optional<ServiceTarget> serviceTargetFromWire(const QString &wire)
{
    for (ServiceTarget t : allTargets()) {
        if (toWire(t) == wire)
            return t;
    }
    return std::nullopt;
}

QStringList servicesOf(ServiceTarget target)
{
    if (target == ServiceTarget::All)
        return {toWire(ServiceTarget::Agent), toWire(ServiceTarget::Orchestrator),
                toWire(ServiceTarget::CustomerPortal)};
    return {toWire(target)};
}

QList<ServiceTarget> allTargets()
{
    return {ServiceTarget::Agent, ServiceTarget::Orchestrator, ServiceTarget::CustomerPortal,
            ServiceTarget::All};
}

bool restartsPortal(ServiceTarget target)
{
    return target == ServiceTarget::CustomerPortal || target == ServiceTarget::All;
}

} // namespace pdc

// The service targets the trigger accepts (Deployment Operations Guide): agent, orchestrator,
// customer-portal, all. `all` expands to the three concrete services.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pdc {

enum class ServiceTarget
{
    Agent,
    Orchestrator,
    CustomerPortal,
    All,
};

// The wire value ("agent", "orchestrator", "customer-portal", "all").
QString toWire(ServiceTarget target);
std::optional<ServiceTarget> serviceTargetFromWire(const QString &wire);

// The concrete services a target touches, as wire names.
QStringList servicesOf(ServiceTarget target);

// Every target in the order the picker shows them (smallest first, `all` last).
QList<ServiceTarget> allTargets();

// True when upgrading this target restarts the portal itself (customer-portal, all).
bool restartsPortal(ServiceTarget target);

} // namespace pdc

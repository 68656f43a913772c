// The items of a post-upgrade validation checklist, from the Deployment Operations Guide's
// "Recommended Post-Upgrade Validation Matrix" and, for FAILED or PARTIAL upgrades, its "Rollback
// Guidance". Each item says what to do and why, and names the probe that checks it automatically.
//
// An item with a probe is automatic when the profile configures that probe; it is manual otherwise.
// A profile switches a probe off by overriding its assumed route with "-", "none" or "manual" (for a
// portal that has no such route); the session check and the deployment view use routes every portal
// has, so they are always automatic. Monitoring and the rollback steps are always manual.
#pragma once

#include "domain/connectionprofile.h"
#include "domain/upgradestate.h"
#include "portalgateway.h"

#include <QList>
#include <QString>
#include <optional>

namespace pdc {

enum class ChecklistSection
{
    Rollback,   // what happened and the corrective deployment (FAILED / PARTIAL only)
    Validation, // the validation matrix
};

struct ChecklistItemSpec
{
    QString id; // stable key written to the journal, e.g. "connector-path"
    ChecklistSection section = ChecklistSection::Validation;
    std::optional<PortalGateway::Probe> probe; // the probe that can check it

    QString title() const; // translated
    QString what() const;  // what to do
    QString why() const;   // why it matters
};

// Every item of a checklist for an upgrade that ended in `finalState`, in the order they are done.
QList<ChecklistItemSpec> checklistItemsFor(const UpgradeState &finalState);

// The item with this id (any section), if there is one.
std::optional<ChecklistItemSpec> checklistItemSpec(const QString &id);

// Whether this profile configures the probe (see the header comment).
bool probeConfigured(const ConnectionProfile &profile, PortalGateway::Probe probe);

// Stable English name of a probe for records ("provider-path").
QString probeKey(PortalGateway::Probe probe);
std::optional<PortalGateway::Probe> probeFromKey(const QString &key);

} // namespace pdc

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
#include "domain/portal.h"
#include "domain/upgradestate.h"

#include <QList>
#include <QString>
#include <optional>

namespace pdc {

// What an automatic item looks at. A notion of the checklist, not of the transport: routeProbe() turns it
// into the route the gateway observes.
enum class ChecklistProbe
{
    SessionLogin,  // without credentials the current session (session route); with them a fresh sign-in
    ProviderPath,  // one LLM-provider-backed request path
    ConnectorPath, // one connector-backed path
    LicenseView,
    UsageView,
    DeploymentView, // the deployment history view still answers
    Health,
};

enum class ChecklistSection
{
    Rollback,   // what happened and the corrective deployment (FAILED / PARTIAL only)
    Validation, // the validation matrix
};

struct ChecklistItemSpec
{
    QString id; // stable key written to the journal, e.g. "connector-path"
    ChecklistSection section = ChecklistSection::Validation;
    std::optional<ChecklistProbe> probe; // the probe that can check it

    QString title() const; // translated
    QString what() const;  // what to do
    QString why() const;   // why it matters
};

// Every item of a checklist for an upgrade that ended in `finalState`, in the order they are done.
QList<ChecklistItemSpec> checklistItemsFor(const UpgradeState &finalState);

// The item with this id (any section), if there is one.
std::optional<ChecklistItemSpec> checklistItemSpec(const QString &id);

// Whether this profile configures the probe (see the header comment).
bool probeConfigured(const ConnectionProfile &profile, ChecklistProbe probe);

// The route a probe observes on this profile's portal (SessionLogin: the session check without
// credentials; the fresh sign-in is PortalGateway::probeSignIn).
RouteProbe routeProbe(ChecklistProbe probe, const ConnectionProfile &profile);

// Stable English name of a probe for records ("provider-path").
QString probeKey(ChecklistProbe probe);
std::optional<ChecklistProbe> probeFromKey(const QString &key);

} // namespace pdc

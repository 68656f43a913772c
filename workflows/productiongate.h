// The production safeguards' gate (issue 16): the one question the trigger path asks — the console's
// Upgrade area and `deployctl upgrade` alike — before UpgradeTrigger::send(): may this trigger go now?
// It combines the team ledger's availability, the four-eyes approval (models/policy/approvalrules.h),
// the change windows and freezes (models/policy/changewindows.h) and an emergency override, and answers
// in words an operator understands. Pure: everything, `now` included, is passed in.
//
// Rules, in order:
// 1. Ledger. The policy and the approvals live in the team ledger.
//    - Not configured: production is Blocked when the profile says RefuseProduction (the default), else
//      it goes with a warning; other classes go with a warning. Nothing else is checked.
//    - Configured but unreachable (the policy could not be read): production is Blocked whatever the
//      profile says (a ledger that cannot be read must not switch the safeguards off); other classes go
//      with a warning.
// 2. Policy: PolicySet::lookup(tenant, classifyEnvironment(environment)).
// 3. Windows and freezes: outside a window or in a freeze the trigger is Blocked, unless a valid
//    emergency override is given. An override is valid when it was given for exactly this trigger (the
//    same content hash as an approval), by a person whose role the policy's override roles name, who is
//    not the person triggering, with a written reason of at least kMinOverrideReason characters, not
//    dated after `now`, and within the approval validity of the policy. An override lifts only the
//    window or freeze; it never replaces the four-eyes approval.
// 4. Approval: evaluateApproval(); anything but NotRequired or Allowed blocks.
// Every reason that blocks is listed (not only the first), so the operator sees all that is missing.
#pragma once

#include "domain/connectionprofile.h"
#include "policy/approvalrules.h"
#include "policy/changewindows.h"
#include "policy/policy.h"

#include <QJsonObject>
#include <QTimeZone>
#include <optional>

namespace pdc {

// EmergencyOverride (a lead's approval to go outside a window or in a freeze) is in
// models/policy/approvalrules.h, beside the approvals the ledger keeps.

enum class LedgerAvailability
{
    NotConfigured, // the profile names no team ledger
    Unreachable,   // named, but the policy could not be read
    Read,          // the policy and approvals below come from it
};

struct GateInput
{
    QString environment; // the environment the operator chose (profile or --environment)
    TriggerIntent trigger;
    QString triggeringUser; // who is about to send it
    LedgerAvailability ledger = LedgerAvailability::NotConfigured;
    NoLedgerMode noLedgerMode = NoLedgerMode::RefuseProduction;
    PolicySet policies;
    std::optional<ApprovalRequest> request;
    // The environment the request was filed for (empty: not known, not checked). A request filed for
    // another class of environment than the trigger's does not cover it.
    QString requestEnvironment;
    QList<Approval> approvals;
    std::optional<EmergencyOverride> emergency;
    QDateTime now;                           // UTC, from the Clock
    QTimeZone viewerZone = QTimeZone::utc(); // the zone times are also shown in
};

struct GateVerdict
{
    enum class Decision
    {
        Go,
        GoWithWarning,
        Blocked,
    };
    Decision decision = Decision::Blocked;
    EnvironmentClass environmentClass = EnvironmentClass::Custom;
    LedgerAvailability ledger = LedgerAvailability::NotConfigured;
    bool policyChecked = false; // false without a readable ledger
    SafeguardPolicy policy;
    ApprovalVerdict approval;
    WindowStatus window;
    bool overrideUsed = false;                  // the window or freeze was lifted by `emergency`
    std::optional<EmergencyOverride> emergency; // the override given (used or not)
    QString overrideProblem;                    // why a given override does not count; empty when it does
    QStringList blockers;                       // operator sentences: why it may not go
    QStringList warnings;                       // operator sentences: what was not checked or was lifted
    QString requestId;
    QString contentHash;

    bool allowed() const { return decision != Decision::Blocked; }
    // One paragraph for the Upgrade area and deployctl: the blockers, else the warnings, else "may go".
    QString text() const;
    // What the trigger's record carries: decision, policy key, approval (request id, hash, approval ids,
    // approvers), window state, and the override (who, role, why, when) when it was used.
    QJsonObject recordFields() const;
};

inline constexpr int kMinOverrideReason = 10;

GateVerdict evaluateGate(const GateInput &input);

QString toWire(GateVerdict::Decision decision); // "go", "go-with-warning", "blocked"
// "not-required", "approved", "needs-more", "rejected", "expired", "mismatch", "no-request",
// "not-yet-planned": as the trigger's record writes the approval state.
QString toWire(ApprovalVerdict::State state);

} // namespace pdc

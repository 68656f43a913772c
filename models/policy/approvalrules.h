// Four-eyes approval (issue 16): an operator files an ApprovalRequest for exactly one trigger; other
// people approve or reject it; evaluateApproval() says whether the trigger the operator is about to send
// is covered. Pure: no storage (the ledger keeps requests and approvals, a later session), no clock of
// its own (`now` is passed in).
//
// Invariants:
// - A request's content hash is SHA-256 (lower-case hex) over the canonical encoding of what the trigger
//   will send plus the tenant: the compact JSON object
//     {"force_new_deployment":false,"service":"agent","tenant":"acme","version":"1.4.2"}
//   keys in this (byte-wise sorted) order, no white space, strings as JSON strings in UTF-8 (the
//   encoding QJsonDocument::Compact writes), an empty version written as "latest" (what the trigger
//   sends for it). Nothing else (reason, requester, planned window) is part of the hash: two requests for
//   the same trigger have the same hash.
// - An approval counts only for the request (id) and the content hash it was given for: an approval for
//   `agent` never enables `all`, a changed version (or force flag, or tenant) needs a new approval, and
//   a new request for the same trigger starts from nothing (no earlier approval or rejection carries
//   over).
// - The requester never counts as an approver (names compared trimmed and case-insensitively); each
//   approver counts once (their latest decision); the approval's role must be one the policy names;
//   an approval counts from `at` until `at` + the policy's validity (half open).
// - A rejection (an approver's latest decision) by anyone who could have approved blocks the request:
//   it is Rejected even when enough approvals exist, until a new request is filed (or that same person
//   approves later). Rejections do not expire.
// - A request whose planned window has ended is Expired; one whose planned window has not begun is not
//   yet usable (NotYetPlanned).
#pragma once

#include "policy/policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pdc {

// Exactly what a trigger sends, and to which tenant.
struct TriggerIntent
{
    QString tenant;
    QString scope;   // wire name: agent, orchestrator, customer-portal, all
    QString version; // empty = "latest"
    bool forceNewDeployment = false;

    QString effectiveVersion() const
    {
        return version.trimmed().isEmpty() ? QStringLiteral("latest") : version;
    }
    // The canonical encoding (header) and its SHA-256 hex.
    QByteArray canonical() const;
    QString contentHash() const;
};

struct ApprovalRequest
{
    QString id; // given by the ledger
    TriggerIntent intent;
    QString reason;
    QDateTime plannedFrom; // the planned window (UTC); either may be invalid (not planned)
    QDateTime plannedTo;
    QString requester; // portal user name
    QDateTime createdAt;

    QString contentHash() const { return intent.contentHash(); }
};

struct Approval
{
    enum class Decision
    {
        Approve,
        Reject,
    };
    QString id;          // given by the ledger; goes into the trigger's record
    QString requestId;   // the request it was given for
    QString requestHash; // that request's content hash when it was given
    QString approver;    // portal user name
    QString role;        // the approver's portal role when they decided (from their session)
    Decision decision = Decision::Approve;
    QString reason;
    QDateTime at; // UTC
};

// A lead's approval to trigger outside a change window or during a freeze (workflows/productiongate.h
// says when it counts).
struct EmergencyOverride
{
    QString id;          // given when it was recorded; goes into the trigger's record
    QString requestHash; // TriggerIntent::contentHash() of the trigger it allows
    QString lead;        // portal user name
    QString leadRole;    // their portal role when they approved (from their session)
    QString reason;      // written reason
    QDateTime at;        // UTC
};

// One approval that was looked at and did not count, and why.
struct IgnoredApproval
{
    enum class Why
    {
        Requester,    // the requester cannot approve their own request
        RoleNotNamed, // the role is not one the policy names
        OtherRequest, // given for another request or another content hash
        Superseded,   // the same approver decided again later
        Expired,      // past its validity
        NoApprover,   // no name
        NotYetValid,  // dated after `now`
    };
    Approval approval;
    Why why = Why::Requester;
};

struct ApprovalVerdict
{
    enum class State
    {
        NotRequired,   // the policy asks no approval for this scope
        Allowed,       // enough valid approvals for exactly this trigger
        NeedsMore,     // fewer valid approvals than the policy asks
        Rejected,      // someone who may approve rejected it
        Expired,       // approvals (or the planned window) ran out
        Mismatch,      // the request is for another trigger than the one about to be sent
        NoRequest,     // approval is required and there is no request
        NotYetPlanned, // the planned window has not begun
    };
    State state = State::NotRequired;
    int required = 0;
    QList<Approval> counted; // valid approvals, oldest first
    int missing = 0;         // approvals still needed
    QDateTime expiresAt;     // Allowed: when the approval stops covering the trigger; NeedsMore and
                             // Expired: when the first counted approval lapses (invalid: none counted)
    Approval rejection;      // Rejected: the rejection (who, why, when)
    QStringList differences; // Mismatch: one line per field, e.g. "scope: approved agent, sending all"
    QList<IgnoredApproval> ignored;

    bool allowsTrigger() const { return state == State::NotRequired || state == State::Allowed; }
    QStringList approvalIds() const; // the counted approvals' ids, for the trigger's record
};

ApprovalVerdict evaluateApproval(const SafeguardPolicy &policy, const ApprovalRequest *request,
                                 const QList<Approval> &approvals, const TriggerIntent &trigger,
                                 const QDateTime &now);

// The same person, as the rules compare names (trimmed, case-insensitive); never true for an empty name.
bool samePerson(const QString &a, const QString &b);

// An operator's sentence for the verdict ("Waiting for 1 more approval (approved by kim at 09:12 UTC)").
class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalText)
public:
    static QString text(const ApprovalVerdict &verdict);
};

} // namespace pdc

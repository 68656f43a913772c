// The production safeguards' records (issue 16): builders and readers of the payloads of policy.set,
// approval.requested, approval.decided, approval.override and approval.expired (recordkinds.h names
// them; docs/records.md lists the fields). safeguardbook.h folds them into the current state.
//
// Invariants:
// - Every safeguard record belongs to no upgrade: it is filed under the reserved upgrade id
//   kSafeguardSubject, so the ledger's index on (upgrade_id, ledger_seq) reads them without a scan and
//   its notifications name them ({"upgrade_id": "pdc:safeguards", ...}). No portal upgrade id has a
//   colon (the portal's ids are "upg_" and letters and digits).
// - Who did it is the record's author (the signed-in portal user); the portal ROLE that matters is in
//   the payload's "role" and comes from the writer's signed-in session, never from what someone typed.
// - Times are the record's own `at` (UTC); payload times (planned window) are ISO 8601 UTC or "".
// - No secret is ever part of a payload: names, ids, hashes, reasons, the policy.
// - Readers never throw: a payload that lacks what its kind needs reads as nullopt with a sentence why.
#pragma once

#include "policy/approvalrules.h"
#include "policy/policy.h"
#include "records/recordjournal.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pdc {

inline const QString kSafeguardSubject = QStringLiteral("pdc:safeguards");

// policy.set: {"policy": <encodePolicySet() as an object>, "reason": "...", "role": "admin"}
QJsonObject policySetPayload(const PolicySet &policy, const QString &reason, const QString &role);
// approval.requested: {"request_id", "tenant", "scope", "version", "force_new_deployment",
// "content_hash", "reason", "planned_from", "planned_to", "environment", "role"}; the requester is the
// record's author, the filing time its `at`.
QJsonObject approvalRequestedPayload(const ApprovalRequest &request, const QString &environment,
                                     const QString &role);
// approval.decided: {"approval_id", "request_id", "request_hash", "decision": "approve"|"reject",
// "role", "reason"}; the approver is the author, the time the record's `at`.
QJsonObject approvalDecidedPayload(const Approval &approval);
// approval.override: {"override_id", "request_id", "request_hash", "lead", "role", "reason"}; the lead
// is the author (a "lead" that is not the author makes the record ignored when folding).
QJsonObject approvalOverridePayload(const EmergencyOverride &emergency, const QString &requestId);
// approval.expired: {"request_id", "request_hash", "expired_at"}.
QJsonObject approvalExpiredPayload(const QString &requestId, const QString &requestHash,
                                   const QDateTime &expiredAt);

QString toWire(Approval::Decision decision); // "approve", "reject"

// Readers: the value a record holds, or nullopt with why (a sentence).
struct PolicySetRecord
{
    PolicySet policy;
    QString reason;
    QString role;
};
std::optional<PolicySetRecord> readPolicySet(const JournalEntry &entry, QString *why);
struct RequestRecord
{
    ApprovalRequest request; // requester and createdAt from the record's author and `at`
    QString environment;
    QString recordedHash; // the hash the requester's workstation computed (checked against the intent)
};
std::optional<RequestRecord> readApprovalRequested(const JournalEntry &entry, QString *why);
std::optional<Approval> readApprovalDecided(const JournalEntry &entry, QString *why);
struct OverrideRecord
{
    EmergencyOverride emergency; // lead and at from the record's author and `at`
    QString requestId;
};
std::optional<OverrideRecord> readApprovalOverride(const JournalEntry &entry, QString *why);

} // namespace pdc

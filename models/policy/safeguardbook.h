// The production safeguards as the team's records say they are now (issue 16): the fold of every
// policy.set, approval.requested, approval.decided, approval.override and approval.expired record, in
// ledger order, into the current PolicySet, the requests, the approvals and rejections and the
// overrides, with every record that was ignored and why. Pure: records in, values out (the storage is
// the ledger and the journal; workflows/safeguards.h reads and writes them and fills the gate's input).
//
// Rules of the fold:
// - policy.set: only a record whose role (from the writer's signed-in session) is `admin` and whose
//   policy decodes counts; the latest such one is the policy. A policy.set by anyone else is ignored
//   ("only a platform lead (portal role admin) may set the policy"), and so is one that cannot be read.
//   No valid policy.set: PolicySet{} (every (tenant, class) takes defaultPolicy()).
// - approval.requested: a request id counts once (the first record with it); the recorded content hash
//   must be the hash of the trigger it names, else the request is ignored.
// - approval.decided / approval.override: an id counts once. Whether an approval or override COUNTS
//   for a trigger is the rules' question (approvalrules.h, productiongate.h), not the fold's: the fold
//   keeps them all, so the rules can say why one did not count.
// - approval.override whose "lead" is not its author is ignored.
// - approval.expired marks its request (expiryRecorded); it changes nothing the rules decide.
// - The same record met twice (the ledger's copy and the local one still counted as waiting) counts once.
#pragma once

#include "ledger/ledgerchain.h"
#include "policy/approvalrules.h"
#include "policy/policy.h"
#include "policy/safeguardrecords.h"
#include "records/recordjournal.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pdc {

struct PolicyChange
{
    PolicySet policy;
    QString author;
    QString role;
    QString reason;
    QDateTime at;
};

struct SafeguardRequest
{
    ApprovalRequest request;
    QString environment;         // the environment it was filed for
    bool expiryRecorded = false; // an approval.expired record names it
};

struct IgnoredSafeguardRecord
{
    QString kind;
    QString author;
    QDateTime at;
    QString id; // the record's request, approval or override id, when it has one
    QString why;
};

struct SafeguardBook
{
    PolicySet policy;                          // the latest valid policy.set, else PolicySet{} (defaults)
    std::optional<PolicyChange> currentPolicy; // that record (nullopt: defaults apply)
    QList<PolicyChange> policyChanges;         // every valid policy.set, oldest first
    QList<SafeguardRequest> requests;          // oldest first
    QList<Approval> approvals;                 // approvals and rejections, oldest first
    QList<EmergencyOverride> overrides;        // oldest first
    QHash<QString, QString> overrideRequest;   // override id -> the request id it names
    QList<IgnoredSafeguardRecord> ignored;     // in record order

    const SafeguardRequest *request(const QString &id) const;
    QList<Approval> approvalsFor(const QString &requestId) const;
    const EmergencyOverride *emergencyOverride(const QString &id) const;
    QList<EmergencyOverride> overridesFor(const QString &requestHash) const;
};

// Folds records of any kinds (others are skipped) in their order: the ledger's order, then the local
// records not yet shipped.
SafeguardBook foldSafeguards(const QList<JournalEntry> &entries);

// The records to fold: the ledger's safeguard rows (ledger order) and this workstation's own safeguard
// records (journal order) the ledger does not hold yet (models/ledger/teamrecords.h decides which).
// workstationId: this workstation's id in the ledger (empty: every local record counts as waiting).
QList<JournalEntry> safeguardEntries(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                     const QString &workstationId);

// Whether a portal role is `admin` (the one role that may set the policy).
bool isAdminRole(const QString &role);

} // namespace pdc

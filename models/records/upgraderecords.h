// The records of a trigger attempt: builders for what is written and readers for what other areas
// and later runs need back (recordkinds.h names the kinds; docs/records.md lists the fields).
//
// An attempt's records are linked by its Idempotency-Key:
//   upgrade.trigger_sent     always first, before the request leaves
//   upgrade.triggered        the portal accepted (202): the outcome is known
//   upgrade.trigger_failed   "outcome": "refused" (the portal answered no: nothing started) or
//                            "unknown" (no usable answer: the upgrade may have started)
//   upgrade.trigger_resolved the operator settled an unknown outcome ("found" with the upgrade id, or
//                            "abandoned" with a reason)
// An attempt is *pending* while its last record says the outcome is unknown (or only trigger_sent
// exists: the program ended before any answer). A pending attempt survives restarts: the console and
// deployctl offer to look it up or retry it with the same key, never with a new one.
#pragma once

#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/preflightcheck.h"
#include "domain/upgrade.h"
#include "records/recordjournal.h"

#include <QJsonObject>
#include <QList>

namespace pdc {

struct TriggerAttempt
{
    UpgradeRequest request;
    ConnectionProfile profile;
    QString scopeReason;
    QString recommendedScope; // the helper's recommendation, when it gave one
    QString idempotencyKey;
    QList<PreflightCheck> preflight;
    QString via;               // recordkind::ViaConsole or ViaDeployctl
    QString confirmation;      // how it was confirmed: "tick", "typed-tenant" (never what was typed)
    QString portalTenant;      // what the signed-in session reported
    QString portalEnvironment; // likewise
    // Production safeguards (issue 16): the approval request and emergency override the operator names
    // (empty: none), and what the gate decided, filled in by UpgradeTrigger::send() from
    // GateVerdict::recordFields() (decision, approval ids, request id, override who/why): it goes into
    // every record of the attempt as "safeguards".
    QString approvalRequestId;
    QString overrideId;
    QJsonObject safeguards;
};

QJsonObject triggerSentPayload(const TriggerAttempt &attempt);
QJsonObject triggeredPayload(const TriggerAttempt &attempt, const UpgradeAccepted &accepted);
QJsonObject triggerFailedPayload(const TriggerAttempt &attempt, const ApiError &error, bool outcomeUnknown);
// resolution: "found" (upgradeId set) or "abandoned" (note says why).
QJsonObject triggerResolvedPayload(const QString &idempotencyKey, const QString &resolution,
                                   const QString &upgradeId, const QString &note);

// An attempt whose outcome is not known, as read back from the journal.
struct PendingTrigger
{
    QString idempotencyKey;
    UpgradeRequest request;
    QString portal;      // the portal URL as sent to
    QString tenant;      // the profile's tenant
    QString environment; // the profile's environment
    QString profile;     // the profile's name
    QString scopeReason;
    QString author;
    QString via;
    QDateTime sentAt;  // the first trigger_sent of this key
    int attempts = 0;  // trigger_sent records with this key
    QString lastError; // the last trigger_failed message, empty when none was recorded
};

// Attempts left pending in `entries` (every record of the trigger kinds, in journal order), limited to one
// portal (ConnectionProfile::portalKey()); oldest first.
QList<PendingTrigger> pendingTriggers(const QList<JournalEntry> &entries, const QString &portalKey);
// Reads them from the journal.
QList<PendingTrigger> pendingTriggers(const RecordJournal &journal, const QString &portalKey);

} // namespace pdc

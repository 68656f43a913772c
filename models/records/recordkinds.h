// Every kind of record the journal holds, in one place. A record's kind never changes meaning once
// written: a new meaning gets a new kind. Builders and readers of each kind's payload live beside the
// area that owns it (upgraderecords.h for the trigger, checklist.h for the checklist); docs/records.md
// lists the payload fields.
//
//   upgrade.trigger_sent      before a trigger request leaves (upgrade id "": none was given out yet)
//   upgrade.triggered         the portal accepted an attempt (202): the upgrade id, what was sent, why
//   upgrade.trigger_failed    an attempt got an answer that was not 202, or none (outcome then unknown)
//   upgrade.trigger_resolved  an attempt whose outcome was unknown was settled by the operator: looked up
//                             and found, or given up (no retry will reuse its key)
//   upgrade.state             an observed change of an upgrade's overall state
//   checklist.opened          a validation checklist opened, with its items
//   checklist.item            one result of one checklist item
//   checklist.signoff         the checklist's sign-off; only amendments may follow
//   checklist.amendment       a later correction with its own author and time
//   policy.set                a platform lead (portal role admin) set the production safeguards' policy
//   approval.requested        an operator asked for a second person's approval of one trigger
//   approval.decided          someone approved or rejected a request
//   approval.override         a lead's emergency override of a change window or freeze for one trigger
//   approval.expired          the requester's workstation saw its request lapse (written once)
// The five safeguard kinds belong to no upgrade: they are filed under the reserved upgrade id
// kSafeguardSubject (models/policy/safeguardrecords.h, docs/records.md).
#pragma once

#include <QString>

namespace pdc::recordkind {

inline const QString TriggerSent = QStringLiteral("upgrade.trigger_sent");
inline const QString Triggered = QStringLiteral("upgrade.triggered");
inline const QString TriggerFailed = QStringLiteral("upgrade.trigger_failed");
inline const QString TriggerResolved = QStringLiteral("upgrade.trigger_resolved");
inline const QString UpgradeState = QStringLiteral("upgrade.state");
inline const QString ChecklistOpened = QStringLiteral("checklist.opened");
inline const QString ChecklistItem = QStringLiteral("checklist.item");
inline const QString ChecklistSignOff = QStringLiteral("checklist.signoff");
inline const QString ChecklistAmendment = QStringLiteral("checklist.amendment");
inline const QString PolicySet = QStringLiteral("policy.set");
inline const QString ApprovalRequested = QStringLiteral("approval.requested");
inline const QString ApprovalDecided = QStringLiteral("approval.decided");
inline const QString ApprovalOverride = QStringLiteral("approval.override");
inline const QString ApprovalExpired = QStringLiteral("approval.expired");

// Which program wrote a record (the "via" field of trigger records): the console or deployctl.
inline const QString ViaConsole = QStringLiteral("deploy-console");
inline const QString ViaDeployctl = QStringLiteral("deployctl");

} // namespace pdc::recordkind

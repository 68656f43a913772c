// The local records of a trigger attempt, as other areas read them (History detail, change record):
//   "upgrade.trigger_sent"   written before the request leaves: what is sent, with its Idempotency-Key
//                            (if the console dies before the answer, this is what says an upgrade may
//                            have started, and which key a retry must reuse)
//   "upgrade.triggered"      the portal accepted; upgrade id, scope, reason, pre-flight and overrides
//   "upgrade.trigger_failed" the attempt failed (kept for the audit trail), with the error
#pragma once

#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/upgrade.h"
#include "preflightcheck.h"

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
};

QJsonObject triggerSentPayload(const TriggerAttempt &attempt);
QJsonObject triggeredPayload(const TriggerAttempt &attempt, const UpgradeAccepted &accepted);
QJsonObject triggerFailedPayload(const TriggerAttempt &attempt, const ApiError &error);

} // namespace pdc

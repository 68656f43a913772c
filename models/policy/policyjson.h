// The policy's JSON form (how the ledger will store it and `deployctl policy` will show it) and a pure
// decoder in the house style of api/decoding: the first problem is reported with the JSON path of the
// field ("policies[0].windows[1].zone") and a plain sentence; nothing throws; unknown fields are ignored.
//
// {
//   "policies": [{
//     "tenant": "acme",                       // "*" = any tenant without a policy of its own
//     "environment_class": "production",      // production | staging | development | custom
//     "approval": {
//       "scopes": ["agent", "orchestrator", "customer-portal", "all"],
//       "approvers": 2,                       // 1..10
//       "approver_roles": ["admin", "operator"],
//       "valid_for_minutes": 480              // 1..43200 (30 days)
//     },
//     "override_roles": ["admin"],
//     "windows": [{"days": ["mon", "tue"], "start": "18:00", "end": "22:00", "zone": "Europe/Berlin"}],
//     "freezes": [{"from": "2026-12-20T00:00:00+01:00", "to": "2027-01-06T09:00:00+01:00",
//                  "zone": "Europe/Berlin", "reason": "year-end freeze"}]
//   }]
// }
// Missing members take defaultPolicy()'s values. Instants need an explicit offset or "Z"; zones must be
// IANA ids this machine knows (QTimeZone::isTimeZoneIdAvailable). A (tenant, class) may appear once.
#pragma once

#include "policy/policy.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pdc {

struct PolicyDecodeError
{
    QString path;    // JSON path of the bad field; empty for the document itself
    QString message; // plain English sentence
    // "policies[0].windows[1].zone: ..." for logs and deployctl.
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

struct PolicyDecodeResult
{
    std::optional<PolicySet> policy;
    PolicyDecodeError error; // set when policy is empty
    bool ok() const { return policy.has_value(); }
};

inline constexpr qsizetype kMaxPolicyBytes = 1024 * 1024;

PolicyDecodeResult decodePolicySet(const QByteArray &json);
// Compact JSON in the form above; decodePolicySet(encodePolicySet(p)) == p.
QByteArray encodePolicySet(const PolicySet &policy);

} // namespace pdc

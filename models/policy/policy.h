// Production safeguards (issue 16): the policy a tenant's platform leads set for one class of
// environment — which scopes need a second person's approval, how many approvers and with which portal
// roles, how long an approval stays valid, the recurring change windows and the dated freezes.
// Plain values: no storage, no network. The team ledger keeps them (a later session); policyjson.h
// reads and writes them; approvalrules.h, changewindows.h and workflows/productiongate.h apply them.
//
// Invariants:
// - A policy is keyed by (tenant, EnvironmentClass) — the class comes from classifyEnvironment(), the
//   one function every screen asks. Tenant "*" applies to every tenant without a policy of its own.
// - Without any stored policy, defaultPolicy() applies: production needs one approval for every scope,
//   every other class needs one for `all`; approvers are `admin` or `operator`, overrides need `admin`;
//   an approval is valid for 8 hours; no change windows (any time is open) and no freezes.
// - Every time a window names is in its explicit IANA zone; freezes are instants (UTC) with a zone they
//   are shown in. Nothing depends on the machine's local zone.
#pragma once

#include "domain/connectionprofile.h"
#include "domain/servicetarget.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace pdc {

inline size_t qHash(ServiceTarget t, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(t), seed);
}

// A recurring change window: on each of `days` (the local day it OPENS; Qt::DayOfWeek 1 = Monday) from
// `start` to `end` local time in `zone`. end <= start: the window crosses midnight and closes on the
// next day at `end` (end == start: 24 hours). The DST rule is in changewindows.h.
struct ChangeWindow
{
    QSet<int> days; // 1..7 (Qt::Monday..Qt::Sunday)
    QTime start;
    QTime end;
    QString zone; // IANA id, e.g. "Europe/Berlin"

    bool crossesMidnight() const { return end <= start; }
    bool operator==(const ChangeWindow &o) const = default;
};

// A dated freeze: no trigger from `from` until `to` (half open), whatever the windows say.
struct Freeze
{
    QDateTime from; // UTC
    QDateTime to;   // UTC
    QString zone;   // the zone the freeze is announced in (banner), IANA id
    QString reason; // "year-end freeze"

    bool covers(const QDateTime &instant) const { return from <= instant && instant < to; }
    bool operator==(const Freeze &o) const = default;
};

// NoLedgerMode (what happens without a team ledger) is a field of the connection profile:
// domain/connectionprofile.h.

QString toWire(EnvironmentClass environmentClass); // "production", "staging", "development", "custom"
std::optional<EnvironmentClass> environmentClassFromWire(const QString &wire);

struct PolicyKey
{
    QString tenant; // "*" = any tenant without a policy of its own
    EnvironmentClass environmentClass = EnvironmentClass::Production;
    bool operator==(const PolicyKey &o) const = default;
};

inline const QString kAnyTenant = QStringLiteral("*");

struct SafeguardPolicy
{
    PolicyKey key;
    QSet<ServiceTarget> scopesNeedingApproval;
    int approversRequired = 1;                                                      // 1..10
    QStringList approverRoles{QStringLiteral("admin"), QStringLiteral("operator")}; // portal roles
    QStringList overrideRoles{QStringLiteral("admin")}; // who may approve an emergency override
    qint64 approvalValiditySeconds = 8 * 3600;
    QList<ChangeWindow> windows; // empty: no window restriction (freezes still apply)
    QList<Freeze> freezes;

    bool needsApproval(ServiceTarget scope) const { return scopesNeedingApproval.contains(scope); }
    bool operator==(const SafeguardPolicy &o) const = default;
};

// The policy of an environment class when nothing is stored for it.
SafeguardPolicy defaultPolicy(const QString &tenant, EnvironmentClass environmentClass);

// Every stored policy of a ledger.
struct PolicySet
{
    QList<SafeguardPolicy> policies;

    // The policy for (tenant, class): the tenant's own, else the "*" one, else defaultPolicy().
    SafeguardPolicy lookup(const QString &tenant, EnvironmentClass environmentClass) const;
    bool operator==(const PolicySet &o) const = default;
};

} // namespace pdc

// The people and policy of the safeguard widget stories: pat (operator) wants to upgrade `agent` to 1.4.2
// in acme's production; its policy asks two approvers, has weekday evening change windows in Berlin and a
// year-end freeze; kim and sam approve, lee (admin) is the lead for an emergency override. Every instant
// is UTC, every zone explicit.
#pragma once

#include "policy/approvalrules.h"
#include "policy/policy.h"
#include "productiongate.h"
#include "utcinstant.h"

namespace safeguardstories {

using namespace pdc;
using testsupport::utc;

inline const QDateTime kWednesdayEvening = utc("2026-12-02T19:00:00"); // 20:00 in Berlin, window open
inline const QDateTime kSaturdayMorning = utc("2026-12-05T09:00:00");  // 10:00 in Berlin, closed
inline const QDateTime kChristmasEve = utc("2026-12-24T11:00:00");     // in the year-end freeze

inline SafeguardPolicy acmeProduction()
{
    SafeguardPolicy p = defaultPolicy(QStringLiteral("acme"), EnvironmentClass::Production);
    p.approversRequired = 2;
    p.windows << ChangeWindow{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                              QTime(18, 0),
                              QTime(22, 0),
                              QStringLiteral("Europe/Berlin")};
    p.freezes << Freeze{utc("2026-12-19T23:00:00"), utc("2027-01-04T08:00:00"),
                        QStringLiteral("Europe/Berlin"), QStringLiteral("year-end freeze")};
    return p;
}

inline TriggerIntent agent142()
{
    return TriggerIntent{QStringLiteral("acme"), QStringLiteral("agent"), QStringLiteral("1.4.2"), false};
}

inline ApprovalRequest request(const QString &id, const QString &requester, const TriggerIntent &intent,
                               const QDateTime &createdAt)
{
    ApprovalRequest r;
    r.id = id;
    r.intent = intent;
    r.reason = QStringLiteral("agent memory leak fix");
    r.requester = requester;
    r.createdAt = createdAt;
    return r;
}

inline Approval decision(const ApprovalRequest &r, const QString &who, const QString &role,
                         Approval::Decision d, const QString &reason, const QDateTime &at)
{
    Approval a;
    a.id = QStringLiteral("appr-%1-%2").arg(who, r.id);
    a.requestId = r.id;
    a.requestHash = r.contentHash();
    a.approver = who;
    a.role = role;
    a.decision = d;
    a.reason = reason;
    a.at = at;
    return a;
}

} // namespace safeguardstories

#include "approvalrules.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <functional>

namespace pdc {

namespace {

QString differenceLine(const QString &field, const QString &approved, const QString &sending)
{
    return QCoreApplication::translate("ApprovalText", "%1: approved %2, sending %3")
        .arg(field, approved, sending);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString clock(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

QByteArray TriggerIntent::canonical() const
{
    // QJsonObject keeps its keys sorted; Compact writes no white space.
    const QJsonObject o{{QStringLiteral("force_new_deployment"), forceNewDeployment},
                        {QStringLiteral("service"), scope},
                        {QStringLiteral("tenant"), tenant},
                        {QStringLiteral("version"), effectiveVersion()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString TriggerIntent::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

bool samePerson(const QString &a, const QString &b)
{
    const QString x = a.trimmed();
    return !x.isEmpty() && x.compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList ApprovalVerdict::approvalIds() const
{
    QStringList ids;
    for (const Approval &a : counted)
        ids << a.id;
    return ids;
}

ApprovalVerdict evaluateApproval(const SafeguardPolicy &policy, const ApprovalRequest *request,
                                 const QList<Approval> &approvals, const TriggerIntent &trigger,
                                 const QDateTime &now)
{
    ApprovalVerdict v;
    const auto scope = serviceTargetFromWire(trigger.scope);
    if (scope && !policy.needsApproval(*scope))
        return v; // NotRequired (an unknown scope is treated as needing approval)
    v.required = std::max(1, policy.approversRequired);
    v.missing = v.required;
    if (!request) {
        v.state = ApprovalVerdict::State::NoRequest;
        return v;
    }

    const TriggerIntent &asked = request->intent;
    if (asked.tenant != trigger.tenant)
        v.differences << differenceLine(QStringLiteral("tenant"), asked.tenant, trigger.tenant);
    if (asked.scope != trigger.scope)
        v.differences << differenceLine(QStringLiteral("scope"), asked.scope, trigger.scope);
    if (asked.effectiveVersion() != trigger.effectiveVersion())
        v.differences << differenceLine(QStringLiteral("version"), asked.effectiveVersion(),
                                        trigger.effectiveVersion());
    if (asked.forceNewDeployment != trigger.forceNewDeployment)
        v.differences << differenceLine(QStringLiteral("force_new_deployment"),
                                        yesNo(asked.forceNewDeployment), yesNo(trigger.forceNewDeployment));
    if (!v.differences.isEmpty()) {
        v.state = ApprovalVerdict::State::Mismatch;
        return v;
    }
    if (request->plannedTo.isValid() && now >= request->plannedTo) {
        v.state = ApprovalVerdict::State::Expired;
        return v;
    }
    if (request->plannedFrom.isValid() && now < request->plannedFrom) {
        v.state = ApprovalVerdict::State::NotYetPlanned;
        return v;
    }

    const QString hash = request->contentHash();
    QList<Approval> sorted = approvals;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Approval &a, const Approval &b) { return a.at < b.at; });
    QList<Approval> decisions; // each eligible approver's latest decision, in order of first decision
    QHash<QString, qsizetype> byApprover;
    const auto ignore = [&v](const Approval &a, IgnoredApproval::Why why) {
        v.ignored << IgnoredApproval{a, why};
    };
    for (const Approval &a : sorted) {
        if (a.approver.trimmed().isEmpty())
            ignore(a, IgnoredApproval::Why::NoApprover);
        else if (a.requestId != request->id || a.requestHash != hash)
            ignore(a, IgnoredApproval::Why::OtherRequest);
        else if (samePerson(a.approver, request->requester))
            ignore(a, IgnoredApproval::Why::Requester);
        else if (!policy.approverRoles.contains(a.role.trimmed()))
            ignore(a, IgnoredApproval::Why::RoleNotNamed);
        else if (a.at > now)
            ignore(a, IgnoredApproval::Why::NotYetValid);
        else {
            const QString who = a.approver.trimmed().toLower();
            if (const auto it = byApprover.constFind(who); it != byApprover.cend()) {
                ignore(decisions[*it], IgnoredApproval::Why::Superseded);
                decisions[*it] = a;
            } else {
                byApprover.insert(who, decisions.size());
                decisions << a;
            }
        }
    }

    for (const Approval &a : decisions) {
        if (a.decision == Approval::Decision::Reject) {
            v.state = ApprovalVerdict::State::Rejected;
            v.rejection = a;
            return v;
        }
    }
    bool anyExpired = false;
    QList<QDateTime> expiries;
    for (const Approval &a : decisions) {
        const QDateTime expiry = a.at.addSecs(policy.approvalValiditySeconds);
        if (now >= expiry) {
            anyExpired = true;
            ignore(a, IgnoredApproval::Why::Expired);
            continue;
        }
        v.counted << a;
        expiries << expiry;
    }
    v.missing = std::max(0, v.required - static_cast<int>(v.counted.size()));
    if (v.missing == 0) {
        v.state = ApprovalVerdict::State::Allowed;
        std::sort(expiries.begin(), expiries.end(), std::greater<>());
        v.expiresAt = expiries.at(v.required - 1); // the required-th latest expiry
        return v;
    }
    if (!expiries.isEmpty())
        v.expiresAt = *std::min_element(expiries.cbegin(), expiries.cend()); // the first to lapse
    v.state = anyExpired ? ApprovalVerdict::State::Expired : ApprovalVerdict::State::NeedsMore;
    return v;
}

QString ApprovalText::text(const ApprovalVerdict &v)
{
    QStringList who;
    for (const Approval &a : v.counted)
        who << tr("%1 at %2").arg(a.approver.trimmed(), clock(a.at));
    const QString approvedBy =
        who.isEmpty() ? tr("no approval yet") : tr("approved by %1").arg(who.join(QStringLiteral(", ")));
    switch (v.state) {
    case ApprovalVerdict::State::NotRequired:
        return tr("No approval is required for this scope");
    case ApprovalVerdict::State::Allowed:
        return tr("Approved (%1); the approval expires %2").arg(approvedBy, clock(v.expiresAt));
    case ApprovalVerdict::State::NeedsMore:
        return tr("Waiting for %n more approval(s) (%1)", nullptr, v.missing).arg(approvedBy);
    case ApprovalVerdict::State::Rejected:
        return tr("Rejected by %1 at %2: %3")
            .arg(v.rejection.approver.trimmed(), clock(v.rejection.at), v.rejection.reason);
    case ApprovalVerdict::State::Expired:
        return tr("The approval has expired: %n more approval(s) needed, or a new request", nullptr,
                  v.missing);
    case ApprovalVerdict::State::Mismatch:
        return tr("The approval is for another upgrade than the one about to be sent (%1); this one needs a "
                  "new approval")
            .arg(v.differences.join(QStringLiteral("; ")));
    case ApprovalVerdict::State::NoRequest:
        return tr("This upgrade needs %n approval(s) from another person: file an approval request", nullptr,
                  v.required);
    case ApprovalVerdict::State::NotYetPlanned:
        return tr("The approved request's planned window has not begun yet");
    }
    return {};
}

} // namespace pdc

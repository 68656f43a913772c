#include "productiongate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pdc {

namespace {

class ProductionGate
{
    Q_DECLARE_TR_FUNCTIONS(ProductionGate)
public:
    static QString noLedgerRefused()
    {
        return tr("This profile has no team ledger, and production upgrades are refused without one: the "
                  "approvals, change windows and freezes live there.");
    }
    static QString noLedgerWarning()
    {
        return tr("This profile has no team ledger: no approval, change window or freeze was checked.");
    }
    static QString unreachableRefused()
    {
        return tr("The team ledger could not be read, so the approvals, change windows and freezes cannot be "
                  "checked: production upgrades wait until it can be read.");
    }
    static QString unreachableWarning()
    {
        return tr("The team ledger could not be read: no approval, change window or freeze was checked.");
    }
    static QString overrideUsed(const EmergencyOverride &e)
    {
        return tr("Emergency override approved by %1: %2").arg(e.lead.trimmed(), e.reason.trimmed());
    }
    static QString overrideNotValid(const QString &problem)
    {
        return tr("The emergency override does not count: %1").arg(problem);
    }
    static QString mayGo() { return tr("This upgrade may go now."); }
    static QString requestForOtherEnvironment(const QString &requested, const QString &chosen)
    {
        return tr("The approval request was filed for environment %1; this trigger goes to %2: file a new "
                  "request for it.")
            .arg(requested.trimmed(), chosen.trimmed());
    }
};

QString windowWire(WindowStatus::State s)
{
    switch (s) {
    case WindowStatus::State::Unrestricted:
        return QStringLiteral("unrestricted");
    case WindowStatus::State::Open:
        return QStringLiteral("open");
    case WindowStatus::State::Closed:
        return QStringLiteral("closed");
    case WindowStatus::State::Frozen:
        return QStringLiteral("frozen");
    }
    return {};
}

QString ledgerWire(LedgerAvailability l)
{
    switch (l) {
    case LedgerAvailability::NotConfigured:
        return QStringLiteral("not-configured");
    case LedgerAvailability::Unreachable:
        return QStringLiteral("unreachable");
    case LedgerAvailability::Read:
        return QStringLiteral("read");
    }
    return {};
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Why a given override does not count (empty when it does).
QString overrideProblem(const SafeguardPolicy &policy, const EmergencyOverride &e, const GateInput &in,
                        const QString &hash)
{
    if (e.lead.trimmed().isEmpty())
        return QCoreApplication::translate("ProductionGate", "it names no lead");
    if (e.requestHash != hash)
        return QCoreApplication::translate("ProductionGate",
                                           "it was given for another upgrade than this one");
    if (samePerson(e.lead, in.triggeringUser))
        return QCoreApplication::translate("ProductionGate",
                                           "%1 cannot approve an override of their own upgrade")
            .arg(e.lead.trimmed());
    if (!policy.overrideRoles.contains(e.leadRole.trimmed()))
        return QCoreApplication::translate("ProductionGate",
                                           "%1's role \"%2\" may not approve overrides (%3 may)")
            .arg(e.lead.trimmed(), e.leadRole, policy.overrideRoles.join(QStringLiteral(", ")));
    if (e.reason.trimmed().size() < kMinOverrideReason)
        return QCoreApplication::translate("ProductionGate",
                                           "it needs a written reason of at least %n characters", nullptr,
                                           kMinOverrideReason);
    if (!e.at.isValid() || e.at > in.now)
        return QCoreApplication::translate("ProductionGate", "it is dated in the future");
    if (in.now >= e.at.addSecs(policy.approvalValiditySeconds))
        return QCoreApplication::translate("ProductionGate", "it has expired");
    return {};
}

} // namespace

QString toWire(GateVerdict::Decision decision)
{
    switch (decision) {
    case GateVerdict::Decision::Go:
        return QStringLiteral("go");
    case GateVerdict::Decision::GoWithWarning:
        return QStringLiteral("go-with-warning");
    case GateVerdict::Decision::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString toWire(ApprovalVerdict::State s)
{
    switch (s) {
    case ApprovalVerdict::State::NotRequired:
        return QStringLiteral("not-required");
    case ApprovalVerdict::State::Allowed:
        return QStringLiteral("approved");
    case ApprovalVerdict::State::NeedsMore:
        return QStringLiteral("needs-more");
    case ApprovalVerdict::State::Rejected:
        return QStringLiteral("rejected");
    case ApprovalVerdict::State::Expired:
        return QStringLiteral("expired");
    case ApprovalVerdict::State::Mismatch:
        return QStringLiteral("mismatch");
    case ApprovalVerdict::State::NoRequest:
        return QStringLiteral("no-request");
    case ApprovalVerdict::State::NotYetPlanned:
        return QStringLiteral("not-yet-planned");
    }
    return {};
}

GateVerdict evaluateGate(const GateInput &in)
{
    GateVerdict v;
    v.environmentClass = classifyEnvironment(in.environment);
    v.ledger = in.ledger;
    v.contentHash = in.trigger.contentHash();
    v.emergency = in.emergency;
    const bool production = v.environmentClass == EnvironmentClass::Production;

    if (in.ledger != LedgerAvailability::Read) {
        const bool unreachable = in.ledger == LedgerAvailability::Unreachable;
        const bool refuse = production && (unreachable || in.noLedgerMode == NoLedgerMode::RefuseProduction);
        if (refuse) {
            v.decision = GateVerdict::Decision::Blocked;
            v.blockers << (unreachable ? ProductionGate::unreachableRefused()
                                       : ProductionGate::noLedgerRefused());
        } else {
            v.decision = GateVerdict::Decision::GoWithWarning;
            v.warnings << (unreachable ? ProductionGate::unreachableWarning()
                                       : ProductionGate::noLedgerWarning());
        }
        return v;
    }

    v.policyChecked = true;
    v.policy = in.policies.lookup(in.trigger.tenant, v.environmentClass);
    if (in.request)
        v.requestId = in.request->id;

    v.window = evaluateWindows(v.policy, in.now);
    if (!v.window.allowsTrigger()) {
        const QString banner = WindowBanner::text(v.window, in.now, in.viewerZone);
        if (in.emergency)
            v.overrideProblem = overrideProblem(v.policy, *in.emergency, in, v.contentHash);
        if (in.emergency && v.overrideProblem.isEmpty()) {
            v.overrideUsed = true;
            v.warnings << banner << ProductionGate::overrideUsed(*in.emergency);
        } else {
            v.blockers << banner;
            if (in.emergency)
                v.blockers << ProductionGate::overrideNotValid(v.overrideProblem);
        }
    }

    v.approval =
        evaluateApproval(v.policy, in.request ? &*in.request : nullptr, in.approvals, in.trigger, in.now);
    if (!v.approval.allowsTrigger())
        v.blockers << ApprovalText::text(v.approval);
    if (in.request && !in.requestEnvironment.trimmed().isEmpty() &&
        classifyEnvironment(in.requestEnvironment) != v.environmentClass)
        v.blockers << ProductionGate::requestForOtherEnvironment(in.requestEnvironment, in.environment);

    if (!v.blockers.isEmpty())
        v.decision = GateVerdict::Decision::Blocked;
    else
        v.decision = v.warnings.isEmpty() ? GateVerdict::Decision::Go : GateVerdict::Decision::GoWithWarning;
    return v;
}

QString GateVerdict::text() const
{
    if (!blockers.isEmpty())
        return blockers.join(QLatin1Char('\n'));
    if (!warnings.isEmpty())
        return warnings.join(QLatin1Char('\n'));
    return ProductionGate::mayGo();
}

QJsonObject GateVerdict::recordFields() const
{
    QJsonObject o{{QStringLiteral("decision"), toWire(decision)},
                  {QStringLiteral("environment_class"), toWire(environmentClass)},
                  {QStringLiteral("ledger"), ledgerWire(ledger)},
                  {QStringLiteral("content_hash"), contentHash}};
    if (!policyChecked)
        return o;
    o.insert(QStringLiteral("policy_tenant"), policy.key.tenant);
    QJsonArray ids;
    QJsonArray approvers;
    for (const Approval &a : approval.counted) {
        ids.append(a.id);
        approvers.append(a.approver.trimmed());
    }
    o.insert(QStringLiteral("approval"),
             QJsonObject{{QStringLiteral("state"), toWire(approval.state)},
                         {QStringLiteral("request_id"), requestId},
                         {QStringLiteral("approval_ids"), ids},
                         {QStringLiteral("approvers"), approvers},
                         {QStringLiteral("expires_at"), iso(approval.expiresAt)}});
    o.insert(QStringLiteral("window"), QJsonObject{{QStringLiteral("state"), windowWire(window.state)},
                                                   {QStringLiteral("zone"), window.zone},
                                                   {QStringLiteral("until"), iso(window.untilUtc)},
                                                   {QStringLiteral("freeze_reason"), window.freezeReason}});
    if (overrideUsed && emergency) {
        o.insert(QStringLiteral("override"),
                 QJsonObject{{QStringLiteral("id"), emergency->id},
                             {QStringLiteral("by"), emergency->lead.trimmed()},
                             {QStringLiteral("role"), emergency->leadRole.trimmed()},
                             {QStringLiteral("reason"), emergency->reason.trimmed()},
                             {QStringLiteral("at"), iso(emergency->at)}});
    }
    return o;
}

} // namespace pdc

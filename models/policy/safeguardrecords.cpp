#include "safeguardrecords.h"

#include "domain/servicetarget.h"
#include "policy/policyjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pdc {

namespace {

class SafeguardRecordText
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardRecordText)
public:
    static QString missing(const QString &field) { return tr("it has no %1").arg(field); }
    static QString badPolicy(const QString &error) { return tr("its policy cannot be read: %1").arg(error); }
    static QString badScope(const QString &scope)
    {
        return tr("its scope \"%1\" is not a service").arg(scope);
    }
    static QString badDecision(const QString &d)
    {
        return tr("its decision \"%1\" is not approve or reject").arg(d);
    }
    static QString badTime(const QString &field) { return tr("its %1 is not an ISO 8601 time").arg(field); }
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "" reads as an invalid time (not planned); anything else must parse.
bool readTime(const QJsonObject &p, const QString &field, QDateTime *out)
{
    const QString text = p.value(field).toString();
    if (text.isEmpty()) {
        *out = QDateTime();
        return true;
    }
    *out = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    return out->isValid();
}

QString text(const QJsonObject &p, const QString &field)
{
    return p.value(field).toString().trimmed();
}

} // namespace

QString toWire(Approval::Decision decision)
{
    return decision == Approval::Decision::Approve ? QStringLiteral("approve") : QStringLiteral("reject");
}

QJsonObject policySetPayload(const PolicySet &policy, const QString &reason, const QString &role)
{
    return {{QStringLiteral("policy"), QJsonDocument::fromJson(encodePolicySet(policy)).object()},
            {QStringLiteral("reason"), reason.trimmed()},
            {QStringLiteral("role"), role.trimmed()}};
}

QJsonObject approvalRequestedPayload(const ApprovalRequest &request, const QString &environment,
                                     const QString &role)
{
    const TriggerIntent &i = request.intent;
    return {{QStringLiteral("request_id"), request.id},
            {QStringLiteral("tenant"), i.tenant},
            {QStringLiteral("scope"), i.scope},
            {QStringLiteral("version"), i.effectiveVersion()},
            {QStringLiteral("force_new_deployment"), i.forceNewDeployment},
            {QStringLiteral("content_hash"), i.contentHash()},
            {QStringLiteral("reason"), request.reason.trimmed()},
            {QStringLiteral("planned_from"), iso(request.plannedFrom)},
            {QStringLiteral("planned_to"), iso(request.plannedTo)},
            {QStringLiteral("environment"), environment.trimmed()},
            {QStringLiteral("role"), role.trimmed()}};
}

QJsonObject approvalDecidedPayload(const Approval &a)
{
    return {{QStringLiteral("approval_id"), a.id},           {QStringLiteral("request_id"), a.requestId},
            {QStringLiteral("request_hash"), a.requestHash}, {QStringLiteral("decision"), toWire(a.decision)},
            {QStringLiteral("role"), a.role.trimmed()},      {QStringLiteral("reason"), a.reason.trimmed()}};
}

QJsonObject approvalOverridePayload(const EmergencyOverride &e, const QString &requestId)
{
    return {{QStringLiteral("override_id"), e.id},           {QStringLiteral("request_id"), requestId},
            {QStringLiteral("request_hash"), e.requestHash}, {QStringLiteral("lead"), e.lead.trimmed()},
            {QStringLiteral("role"), e.leadRole.trimmed()},  {QStringLiteral("reason"), e.reason.trimmed()}};
}

QJsonObject approvalExpiredPayload(const QString &requestId, const QString &requestHash,
                                   const QDateTime &expiredAt)
{
    return {{QStringLiteral("request_id"), requestId},
            {QStringLiteral("request_hash"), requestHash},
            {QStringLiteral("expired_at"), iso(expiredAt)}};
}

std::optional<PolicySetRecord> readPolicySet(const JournalEntry &entry, QString *why)
{
    const QJsonObject &p = entry.payload;
    if (!p.value(QStringLiteral("policy")).isObject()) {
        *why = SafeguardRecordText::missing(QStringLiteral("policy"));
        return std::nullopt;
    }
    const PolicyDecodeResult decoded = decodePolicySet(
        QJsonDocument(p.value(QStringLiteral("policy")).toObject()).toJson(QJsonDocument::Compact));
    if (!decoded.ok()) {
        *why = SafeguardRecordText::badPolicy(decoded.error.toString());
        return std::nullopt;
    }
    return PolicySetRecord{*decoded.policy, text(p, QStringLiteral("reason")),
                           text(p, QStringLiteral("role"))};
}

std::optional<RequestRecord> readApprovalRequested(const JournalEntry &entry, QString *why)
{
    const QJsonObject &p = entry.payload;
    RequestRecord r;
    r.request.id = text(p, QStringLiteral("request_id"));
    r.request.intent.tenant = text(p, QStringLiteral("tenant"));
    r.request.intent.scope = text(p, QStringLiteral("scope"));
    r.request.intent.version = text(p, QStringLiteral("version"));
    r.request.intent.forceNewDeployment = p.value(QStringLiteral("force_new_deployment")).toBool();
    r.request.reason = text(p, QStringLiteral("reason"));
    r.request.requester = entry.author;
    r.request.createdAt = entry.at;
    r.environment = text(p, QStringLiteral("environment"));
    r.recordedHash = text(p, QStringLiteral("content_hash"));
    for (const char *field : {"request_id", "tenant", "scope", "content_hash"}) {
        if (text(p, QString::fromLatin1(field)).isEmpty()) {
            *why = SafeguardRecordText::missing(QString::fromLatin1(field));
            return std::nullopt;
        }
    }
    if (!serviceTargetFromWire(r.request.intent.scope)) {
        *why = SafeguardRecordText::badScope(r.request.intent.scope);
        return std::nullopt;
    }
    if (!readTime(p, QStringLiteral("planned_from"), &r.request.plannedFrom)) {
        *why = SafeguardRecordText::badTime(QStringLiteral("planned_from"));
        return std::nullopt;
    }
    if (!readTime(p, QStringLiteral("planned_to"), &r.request.plannedTo)) {
        *why = SafeguardRecordText::badTime(QStringLiteral("planned_to"));
        return std::nullopt;
    }
    return r;
}

std::optional<Approval> readApprovalDecided(const JournalEntry &entry, QString *why)
{
    const QJsonObject &p = entry.payload;
    Approval a;
    a.id = text(p, QStringLiteral("approval_id"));
    a.requestId = text(p, QStringLiteral("request_id"));
    a.requestHash = text(p, QStringLiteral("request_hash"));
    a.role = text(p, QStringLiteral("role"));
    a.reason = text(p, QStringLiteral("reason"));
    a.approver = entry.author;
    a.at = entry.at;
    for (const char *field : {"approval_id", "request_id", "request_hash"}) {
        if (text(p, QString::fromLatin1(field)).isEmpty()) {
            *why = SafeguardRecordText::missing(QString::fromLatin1(field));
            return std::nullopt;
        }
    }
    const QString decision = text(p, QStringLiteral("decision"));
    if (decision == QLatin1String("approve")) {
        a.decision = Approval::Decision::Approve;
    } else if (decision == QLatin1String("reject")) {
        a.decision = Approval::Decision::Reject;
    } else {
        *why = SafeguardRecordText::badDecision(decision);
        return std::nullopt;
    }
    return a;
}

std::optional<OverrideRecord> readApprovalOverride(const JournalEntry &entry, QString *why)
{
    const QJsonObject &p = entry.payload;
    OverrideRecord r;
    r.emergency.id = text(p, QStringLiteral("override_id"));
    r.emergency.requestHash = text(p, QStringLiteral("request_hash"));
    r.emergency.lead = entry.author;
    r.emergency.leadRole = text(p, QStringLiteral("role"));
    r.emergency.reason = text(p, QStringLiteral("reason"));
    r.emergency.at = entry.at;
    r.requestId = text(p, QStringLiteral("request_id"));
    for (const char *field : {"override_id", "request_hash", "reason"}) {
        if (text(p, QString::fromLatin1(field)).isEmpty()) {
            *why = SafeguardRecordText::missing(QString::fromLatin1(field));
            return std::nullopt;
        }
    }
    return r;
}

} // namespace pdc

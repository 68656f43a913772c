#include "upgraderecords.h"

#include "domain/servicetarget.h"
#include "records/recordkinds.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace pdc {

namespace {
QJsonObject common(const TriggerAttempt &a)
{
    QStringList services;
    if (const auto t = serviceTargetFromWire(a.request.service))
        services = servicesOf(*t);
    QJsonArray preflight;
    QJsonArray overrides;
    for (const PreflightCheck &c : a.preflight) {
        preflight.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("title"), c.title},
                        {QStringLiteral("result"), PreflightCheck::resultWire(c.result)},
                        {QStringLiteral("detail"), c.detail},
                        {QStringLiteral("checked_at"), c.checkedAt.toString(Qt::ISODateWithMs)}});
        if (c.result != PreflightCheck::Result::Pass && !c.overrideReason.trimmed().isEmpty())
            overrides.append(QJsonObject{{QStringLiteral("check"), c.id},
                                         {QStringLiteral("reason"), c.overrideReason.trimmed()}});
    }
    QJsonObject o{{QStringLiteral("service"), a.request.service},
                  {QStringLiteral("services"), QJsonArray::fromStringList(services)},
                  {QStringLiteral("version"), a.request.version},
                  {QStringLiteral("force_new_deployment"), a.request.forceNewDeployment},
                  {QStringLiteral("tenant"), a.profile.tenant},
                  {QStringLiteral("environment"), a.profile.environment},
                  {QStringLiteral("portal"), a.profile.portalUrl.toString()},
                  {QStringLiteral("portal_key"), a.profile.portalKey()},
                  {QStringLiteral("profile"), a.profile.name},
                  {QStringLiteral("scope_reason"), a.scopeReason},
                  {QStringLiteral("idempotency_key"), a.idempotencyKey},
                  {QStringLiteral("preflight"), preflight},
                  {QStringLiteral("overrides"), overrides}};
    if (!a.recommendedScope.isEmpty())
        o.insert(QStringLiteral("recommended_scope"), a.recommendedScope);
    if (!a.via.isEmpty())
        o.insert(QStringLiteral("via"), a.via);
    if (!a.confirmation.isEmpty())
        o.insert(QStringLiteral("confirmation"), a.confirmation);
    if (!a.safeguards.isEmpty())
        o.insert(QStringLiteral("safeguards"), a.safeguards);
    if (!a.portalTenant.isEmpty() || !a.portalEnvironment.isEmpty())
        o.insert(QStringLiteral("portal_reported"),
                 QJsonObject{{QStringLiteral("tenant"), a.portalTenant},
                             {QStringLiteral("environment"), a.portalEnvironment}});
    return o;
}

QString keyOf(const JournalEntry &e)
{
    return e.payload.value(QStringLiteral("idempotency_key")).toString();
}
} // namespace

QJsonObject triggerSentPayload(const TriggerAttempt &attempt)
{
    return common(attempt);
}

QJsonObject triggeredPayload(const TriggerAttempt &attempt, const UpgradeAccepted &accepted)
{
    QJsonObject o = common(attempt);
    o.insert(QStringLiteral("upgrade_id"), accepted.upgradeId);
    o.insert(QStringLiteral("message"), accepted.message);
    QJsonObject estimated;
    if (accepted.estimatedTime.seconds)
        estimated.insert(QStringLiteral("seconds"), double(*accepted.estimatedTime.seconds));
    if (!accepted.estimatedTime.text.isEmpty())
        estimated.insert(QStringLiteral("text"), accepted.estimatedTime.text);
    o.insert(QStringLiteral("estimated_time"), estimated);
    return o;
}

QJsonObject triggerFailedPayload(const TriggerAttempt &attempt, const ApiError &error, bool outcomeUnknown)
{
    QJsonObject o = common(attempt);
    o.insert(QStringLiteral("outcome"),
             outcomeUnknown ? QStringLiteral("unknown") : QStringLiteral("refused"));
    o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), error.kindName()},
                                                  {QStringLiteral("http_status"), error.httpStatus},
                                                  {QStringLiteral("code"), error.code},
                                                  {QStringLiteral("message"), error.message},
                                                  {QStringLiteral("running_upgrade_id"), error.upgradeId}});
    return o;
}

QJsonObject triggerResolvedPayload(const QString &idempotencyKey, const QString &resolution,
                                   const QString &upgradeId, const QString &note)
{
    return QJsonObject{{QStringLiteral("idempotency_key"), idempotencyKey},
                       {QStringLiteral("resolution"), resolution},
                       {QStringLiteral("upgrade_id"), upgradeId},
                       {QStringLiteral("note"), note}};
}

QList<PendingTrigger> pendingTriggers(const QList<JournalEntry> &entries, const QString &portalKey)
{
    QMap<QString, PendingTrigger> open; // by key, while pending
    QStringList order;
    for (const JournalEntry &e : entries) {
        const QString key = keyOf(e);
        if (key.isEmpty())
            continue;
        if (e.kind == recordkind::TriggerSent) {
            if (e.payload.value(QStringLiteral("portal_key")).toString() != portalKey)
                continue;
            PendingTrigger &p = open[key];
            if (p.idempotencyKey.isEmpty()) {
                p.idempotencyKey = key;
                p.sentAt = e.at;
                order.append(key);
            }
            ++p.attempts;
            p.request.service = e.payload.value(QStringLiteral("service")).toString();
            p.request.version = e.payload.value(QStringLiteral("version")).toString();
            p.request.forceNewDeployment = e.payload.value(QStringLiteral("force_new_deployment")).toBool();
            p.portal = e.payload.value(QStringLiteral("portal")).toString();
            p.tenant = e.payload.value(QStringLiteral("tenant")).toString();
            p.environment = e.payload.value(QStringLiteral("environment")).toString();
            p.profile = e.payload.value(QStringLiteral("profile")).toString();
            p.scopeReason = e.payload.value(QStringLiteral("scope_reason")).toString();
            p.via = e.payload.value(QStringLiteral("via")).toString();
            p.author = e.author;
        } else if (e.kind == recordkind::TriggerFailed && open.contains(key) &&
                   e.payload.value(QStringLiteral("outcome")).toString() == QLatin1String("unknown")) {
            open[key].lastError = e.payload.value(QStringLiteral("error"))
                                      .toObject()
                                      .value(QStringLiteral("message"))
                                      .toString();
        } else if (e.kind == recordkind::Triggered || e.kind == recordkind::TriggerFailed ||
                   e.kind == recordkind::TriggerResolved) {
            // A definite answer (accepted, refused) or the operator's settlement. A later trigger_sent with
            // the same key (a deliberate retry) opens it again.
            if (open.remove(key))
                order.removeAll(key);
        }
    }
    QList<PendingTrigger> out;
    for (const QString &k : std::as_const(order))
        out.append(open.value(k));
    return out;
}

QList<PendingTrigger> pendingTriggers(const RecordJournal &journal, const QString &portalKey)
{
    QList<JournalEntry> all;
    for (const QString &kind : {recordkind::TriggerSent, recordkind::Triggered, recordkind::TriggerFailed,
                                recordkind::TriggerResolved})
        all += journal.entriesOfKind(kind);
    std::sort(all.begin(), all.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.seq < b.seq; });
    return pendingTriggers(all, portalKey);
}

} // namespace pdc

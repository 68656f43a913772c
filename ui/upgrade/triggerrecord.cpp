#include "triggerrecord.h"

#include "domain/servicetarget.h"

#include <QJsonArray>

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
                  {QStringLiteral("profile"), a.profile.name},
                  {QStringLiteral("scope_reason"), a.scopeReason},
                  {QStringLiteral("idempotency_key"), a.idempotencyKey},
                  {QStringLiteral("preflight"), preflight},
                  {QStringLiteral("overrides"), overrides}};
    if (!a.recommendedScope.isEmpty())
        o.insert(QStringLiteral("recommended_scope"), a.recommendedScope);
    return o;
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

QJsonObject triggerFailedPayload(const TriggerAttempt &attempt, const ApiError &error)
{
    QJsonObject o = common(attempt);
    o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), error.kindName()},
                                                  {QStringLiteral("http_status"), error.httpStatus},
                                                  {QStringLiteral("code"), error.code},
                                                  {QStringLiteral("message"), error.message},
                                                  {QStringLiteral("running_upgrade_id"), error.upgradeId}});
    return o;
}

} // namespace pdc

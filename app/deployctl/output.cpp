#include "output.h"

#include "history/historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace deployctl {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue opt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue opt(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue estimate(const pdc::EstimatedTime &e)
{
    if (e.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("seconds"),
         e.seconds ? QJsonValue(double(*e.seconds)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("text"), e.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.text)}};
}
QJsonArray services(const QList<pdc::ServiceStatus> &list)
{
    QJsonArray out;
    for (const auto &s : list) {
        out.append(QJsonObject{{QStringLiteral("service"), s.service},
                               {QStringLiteral("status"), s.state.raw},
                               {QStringLiteral("ecs_service"), s.ecsService},
                               {QStringLiteral("desired_count"), opt(s.desiredCount)},
                               {QStringLiteral("running_count"), opt(s.runningCount)},
                               {QStringLiteral("pending_count"), opt(s.pendingCount)},
                               {QStringLiteral("failed_tasks"), opt(s.failedTasks)},
                               {QStringLiteral("rollout_state"), s.rolloutState},
                               {QStringLiteral("rollout_state_reason"), s.rolloutStateReason},
                               {QStringLiteral("message"), s.message},
                               {QStringLiteral("updated_at"), time(s.updatedAt)}});
    }
    return out;
}
// CSV fields as History's exports write them (formulas neutralised, RFC 4180 quoting).
using pdc::csvField;
} // namespace

QJsonObject toJson(const pdc::UpgradeStatus &s)
{
    return {{QStringLiteral("upgrade_id"), s.upgradeId},
            {QStringLiteral("status"), s.state.raw},
            {QStringLiteral("final"), pdc::hasEnded(s.state, s.completedAt)},
            {QStringLiteral("service"), s.service},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("force_new_deployment"), opt(s.forceNewDeployment)},
            {QStringLiteral("initiated_by"), s.initiatedBy},
            {QStringLiteral("created_at"), time(s.createdAt)},
            {QStringLiteral("updated_at"), time(s.updatedAt)},
            {QStringLiteral("completed_at"), time(s.completedAt)},
            {QStringLiteral("cluster"), s.cluster},
            {QStringLiteral("region"), s.region},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("estimated_time"), estimate(s.estimatedTime)},
            {QStringLiteral("services"), services(s.services)}};
}

QJsonObject toJson(const pdc::UpgradeAccepted &a)
{
    return {{QStringLiteral("upgrade_id"), a.upgradeId},
            {QStringLiteral("status"), a.state ? QJsonValue(a.state->raw) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), a.message},
            {QStringLiteral("estimated_time"), estimate(a.estimatedTime)},
            {QStringLiteral("services"), services(a.services)}};
}

QJsonObject toJson(const pdc::UpgradeSummary &s)
{
    return {{QStringLiteral("upgrade_id"), s.upgradeId},
            {QStringLiteral("status"), s.state.raw},
            {QStringLiteral("service"), s.service},
            {QStringLiteral("services"), QJsonArray::fromStringList(s.services)},
            {QStringLiteral("service_count"), s.effectiveServiceCount()},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("force_new_deployment"), opt(s.forceNewDeployment)},
            {QStringLiteral("initiated_by"), s.initiatedBy},
            {QStringLiteral("created_at"), time(s.createdAt)},
            {QStringLiteral("updated_at"), time(s.updatedAt)},
            {QStringLiteral("completed_at"), time(s.completedAt)},
            {QStringLiteral("message"), s.message}};
}

QJsonObject toJson(const pdc::VersionList &v)
{
    QJsonObject current;
    for (auto it = v.current.cbegin(); it != v.current.cend(); ++it)
        current.insert(it.key(), it.value());
    return {{QStringLiteral("versions"), QJsonArray::fromStringList(v.versions)},
            {QStringLiteral("default"), v.defaultVersion},
            {QStringLiteral("current"), current},
            {QStringLiteral("message"), v.message}};
}

QJsonObject toJson(const pdc::SessionInfo &s)
{
    return {{QStringLiteral("user"), s.user.username},
            {QStringLiteral("display_name"), s.user.displayName},
            {QStringLiteral("role"), s.user.role},
            {QStringLiteral("organization"), s.organization.name},
            {QStringLiteral("tenant"), s.organization.tenant},
            {QStringLiteral("environment"), s.organization.environment},
            {QStringLiteral("expires_at"), time(s.expiresAt)}};
}

QJsonObject toJson(const pdc::Health &h)
{
    QJsonObject checks;
    for (auto it = h.checks.cbegin(); it != h.checks.cend(); ++it)
        checks.insert(it.key(), it.value());
    return {{QStringLiteral("healthy"), h.isHealthy()},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("http_status"), h.httpStatus},
            {QStringLiteral("version"), h.version},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("excerpt"), h.excerpt}};
}

QJsonObject toJson(const pdc::ComponentHealthList &l)
{
    QJsonArray items;
    for (const auto &c : l.items)
        items.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("status"), c.status},
                                 {QStringLiteral("message"), c.message},
                                 {QStringLiteral("latency_ms"), opt(c.latencyMs)}});
    return {{QStringLiteral("healthy"), l.isHealthy()},
            {QStringLiteral("status"), l.status},
            {QStringLiteral("items"), items}};
}

QJsonObject toJson(const pdc::ApiError &e)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("kind"), e.kindName()},
                         {QStringLiteral("http_status"), e.httpStatus},
                         {QStringLiteral("code"), e.code},
                         {QStringLiteral("message"), e.message},
                         {QStringLiteral("field"), e.field},
                         {QStringLiteral("upgrade_id"), e.upgradeId},
                         {QStringLiteral("operation"), e.operation},
                         {QStringLiteral("tls_details"), QJsonArray::fromStringList(e.tlsDetails)}}}};
}

QString csvHeader()
{
    return QStringLiteral("upgrade_id,created_at,completed_at,status,service,services,service_count,version,"
                          "force_new_deployment,initiated_by,message");
}

QString toCsvRow(const pdc::UpgradeSummary &s)
{
    const QString force = s.forceNewDeployment
                              ? (*s.forceNewDeployment ? QStringLiteral("true") : QStringLiteral("false"))
                              : QString();
    return QStringList{
        csvField(s.upgradeId),
        csvField(s.createdAt.isValid() ? s.createdAt.toUTC().toString(Qt::ISODate) : QString()),
        csvField(s.completedAt.isValid() ? s.completedAt.toUTC().toString(Qt::ISODate) : QString()),
        csvField(s.state.raw),
        csvField(s.service),
        csvField(s.services.join(QLatin1Char(' '))),
        QString::number(s.effectiveServiceCount()),
        csvField(s.version),
        force,
        csvField(s.initiatedBy),
        csvField(s.message)}
        .join(QLatin1Char(','));
}

QString describe(const pdc::UpgradeStatus &s)
{
    QStringList lines{QStringLiteral("%1  %2  %3 %4 by %5")
                          .arg(s.upgradeId, s.state.raw, s.service, s.version, s.initiatedBy)};
    if (!s.message.isEmpty())
        lines << QStringLiteral("  %1").arg(s.message);
    for (const auto &svc : s.services) {
        QString counts;
        if (svc.desiredCount)
            counts =
                QStringLiteral(" running %1/%2").arg(svc.runningCount.value_or(0)).arg(*svc.desiredCount);
        lines << QStringLiteral("  %1: %2%3 %4")
                     .arg(svc.service, svc.state.raw, counts, svc.message)
                     .trimmed()
                     .prepend(QStringLiteral("  "));
    }
    return lines.join(QLatin1Char('\n'));
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace deployctl

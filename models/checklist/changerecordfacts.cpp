#include "changerecordfacts.h"

#include "checklistitems.h"

namespace pdc {

QString changeRecordIso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString changeRecordWhen(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString changeRecordItemTitle(const ChecklistItemState &item)
{
    if (!item.title.isEmpty())
        return item.title;
    const auto spec = checklistItemSpec(item.id);
    return spec ? spec->title() : item.id;
}

ChangeRecordFacts changeRecordFactsOf(const ChangeRecordInput &in)
{
    const QJsonObject &t = in.checklist.triggered;
    auto pick = [&t](const char *key, const QString &fallback) {
        const QString v = t.value(QLatin1String(key)).toString();
        return v.isEmpty() ? fallback : v;
    };
    ChangeRecordFacts f;
    const auto &st = in.portalStatus;
    f.tenant = pick("tenant", in.profile.tenant);
    f.environment = pick("environment", in.profile.environment);
    f.portal = pick("portal", in.profile.portalUrl.toString());
    f.profile = pick("profile", in.profile.name);
    f.service = pick("service", st ? st->service : QString());
    f.version = pick("version", st ? st->version : QString());
    f.operatorName =
        !in.checklist.triggeredBy.isEmpty() ? in.checklist.triggeredBy : (st ? st->initiatedBy : QString());
    f.scopeReason = t.value(QLatin1String("scope_reason")).toString();
    f.idempotencyKey = t.value(QLatin1String("idempotency_key")).toString();
    f.via = t.value(QLatin1String("via")).toString();
    f.confirmation = t.value(QLatin1String("confirmation")).toString();
    f.services = t.value(QLatin1String("services")).toArray();
    f.preflight = t.value(QLatin1String("preflight")).toArray();
    f.overrides = t.value(QLatin1String("overrides")).toArray();
    f.versionsBefore = t.value(QLatin1String("versions_before")).toObject();
    if (t.contains(QLatin1String("force_new_deployment")))
        f.forced = t.value(QLatin1String("force_new_deployment")).toBool();
    else if (st && st->forceNewDeployment)
        f.forced = *st->forceNewDeployment;
    f.source =
        t.isEmpty() ? (st ? QStringLiteral("portal") : QStringLiteral("none")) : QStringLiteral("journal");
    return f;
}

QJsonArray changeRecordServiceResults(const ChangeRecordInput &in, QString *source)
{
    QJsonArray out;
    if (in.portalStatus) {
        *source = QStringLiteral("portal at export");
        for (const ServiceStatus &s : in.portalStatus->services) {
            QJsonObject o{{QStringLiteral("service"), s.service},
                          {QStringLiteral("state"), s.state.raw},
                          {QStringLiteral("rollout_state"), s.rolloutState},
                          {QStringLiteral("rollout_state_reason"), s.rolloutStateReason},
                          {QStringLiteral("ecs_service"), s.ecsService},
                          {QStringLiteral("task_definition"), s.taskDefinition},
                          {QStringLiteral("message"), s.message}};
            if (s.runningCount)
                o.insert(QStringLiteral("running"), *s.runningCount);
            if (s.desiredCount)
                o.insert(QStringLiteral("desired"), *s.desiredCount);
            if (s.failedTasks)
                o.insert(QStringLiteral("failed_tasks"), *s.failedTasks);
            out.append(o);
        }
        return out;
    }
    *source = QStringLiteral("journal");
    if (!in.checklist.timeline.isEmpty())
        return in.checklist.timeline.constLast().services;
    return out;
}

QList<ChangeRecordEntry> changeRecordEntries(const ChangeRecordInput &in)
{
    QList<ChangeRecordEntry> entries = in.records;
    if (entries.isEmpty())
        entries = changeRecordEntriesOf(in.chain.entries, in.checklist.upgradeId, in.workstationId);
    sortChangeRecordEntries(entries);
    return entries;
}

} // namespace pdc

// The deployment routes from the guide: versions, trigger, status, history.
#include "portalserver.h"

#include "simlogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace sim {

namespace {

QString allowedServices()
{
    return QStringLiteral("agent, orchestrator, customer-portal, all");
}

// Overall state and message from the per-service states (PARTIAL: some succeeded, some failed).
void aggregate(UpgradeRecord &r)
{
    int finished = 0, failed = 0, succeeded = 0, noop = 0;
    qint64 completed = -1;
    for (qsizetype i = 0; i < r.states.size(); ++i) {
        const ecs::State &s = r.states[i];
        if (!s.final())
            continue;
        ++finished;
        completed = std::max(completed, s.finishedMs);
        if (s.status == QStringLiteral("FAILED"))
            ++failed;
        else
            ++succeeded;
        if (i < r.plans.size() && r.plans[i].noop)
            ++noop;
    }
    const auto n = r.states.size();
    if (finished < n) {
        r.status = QStringLiteral("IN_PROGRESS");
        r.completedMs = -1;
        r.message = QStringLiteral("Upgrade in progress: %1 of %2 services finished").arg(finished).arg(n);
        return;
    }
    r.completedMs = completed;
    if (failed == 0) {
        r.status = QStringLiteral("SUCCESS");
        r.message =
            noop == n
                ? QStringLiteral("Nothing changed: every service already runs %1").arg(r.resolvedVersion)
                : QStringLiteral("All services are stable");
    } else if (succeeded == 0) {
        r.status = QStringLiteral("FAILED");
        r.message = QStringLiteral("%1 of %2 services failed").arg(failed).arg(n);
    } else {
        r.status = QStringLiteral("PARTIAL");
        r.message = QStringLiteral("%1 of %2 services failed").arg(failed).arg(n);
    }
}

bool sameState(const ecs::State &a, const ecs::State &b)
{
    return a.status == b.status && a.running == b.running && a.pending == b.pending &&
           a.failedTasks == b.failedTasks && a.rolloutState == b.rolloutState && a.message == b.message &&
           a.finishedMs == b.finishedMs;
}

QByteArray encodeCursor(qint64 createdMs, const QString &id)
{
    return (QByteArray::number(createdMs) + '|' + id.toLatin1())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeCursor(const QString &cursor, qint64 *createdMs, QString *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray raw = *decoded;
    const qsizetype bar = raw.indexOf('|');
    if (bar <= 0)
        return false;
    bool ok = false;
    *createdMs = raw.left(bar).toLongLong(&ok);
    *id = QString::fromLatin1(raw.mid(bar + 1));
    return ok && id->startsWith(QStringLiteral("upg_"));
}

} // namespace

QJsonObject PortalSim::serviceJson(const UpgradeRecord &r, int i) const
{
    if (i >= r.plans.size()) { // a synthetic historical record: only the outcome is known
        const QString service = r.services.value(i);
        QString status = r.status;
        if (status == QStringLiteral("PARTIAL"))
            status = i == r.services.size() - 1 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS");
        QJsonObject o{{QStringLiteral("service"), service},
                      {QStringLiteral("ecs_service"), m_org.ecsService(service)},
                      {QStringLiteral("status"), status}};
        if (r.completedMs >= 0)
            o.insert(QStringLiteral("updated_at"), isoTime(r.completedMs));
        return o;
    }
    const ecs::Plan &p = r.plans[i];
    const ecs::State &s = r.states.value(i);
    QJsonObject o{{QStringLiteral("service"), p.service},
                  {QStringLiteral("ecs_service"), p.ecsService},
                  {QStringLiteral("status"), s.status},
                  {QStringLiteral("desired_count"), s.desired},
                  {QStringLiteral("running_count"), s.running},
                  {QStringLiteral("pending_count"), s.pending},
                  {QStringLiteral("failed_tasks"), s.failedTasks},
                  {QStringLiteral("rollout_state"), s.rolloutState},
                  {QStringLiteral("rollout_state_reason"), s.rolloutStateReason},
                  {QStringLiteral("deployment_id"), p.deploymentId},
                  {QStringLiteral("task_definition"), p.taskDefinition},
                  {QStringLiteral("message"), s.message},
                  {QStringLiteral("updated_at"), isoTime(s.updatedMs)}};
    return o;
}

QJsonObject PortalSim::statusJson(const UpgradeRecord &r) const
{
    QJsonArray services;
    for (int i = 0; i < r.services.size(); ++i)
        services.append(serviceJson(r, i));
    return {{QStringLiteral("upgrade_id"), r.id},
            {QStringLiteral("service"), r.service},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("resolved_version"), r.resolvedVersion},
            {QStringLiteral("force_new_deployment"), r.force},
            {QStringLiteral("initiated_by"), r.initiatedBy},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("created_at"), isoTime(r.createdMs)},
            {QStringLiteral("updated_at"), isoTime(r.updatedMs)},
            {QStringLiteral("completed_at"),
             r.completedMs >= 0 ? QJsonValue(isoTime(r.completedMs)) : QJsonValue()},
            {QStringLiteral("cluster"), r.cluster},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("estimated_time"), r.estimatedSeconds},
            {QStringLiteral("services"), services}};
}

bool PortalSim::refresh(UpgradeRecord &r)
{
    if (r.completedMs >= 0 || r.plans.isEmpty())
        return false;
    const qint64 t = now();
    bool changed = false;
    for (qsizetype i = 0; i < r.plans.size(); ++i) {
        const ecs::State s = ecs::evaluate(r.plans[i], t, m_options.timeScale, m_options.seed);
        if (i < r.states.size() && sameState(s, r.states[i]))
            continue;
        changed = true;
        if (s.status == QStringLiteral("SUCCESS") && !r.plans[i].noop)
            m_store.setServiceVersion(r.plans[i].service, r.resolvedVersion, r.plans[i].revision);
        qCDebug(lcSimEcs) << r.id << r.plans[i].ecsService << s.status << s.rolloutState << "running"
                          << s.running << "pending" << s.pending << "failed" << s.failedTasks;
        if (i < r.states.size())
            r.states[i] = s;
        else
            r.states.append(s);
    }
    if (!changed)
        return false;
    aggregate(r);
    r.updatedMs = t;
    m_store.updateUpgrade(r);
    if (r.completedMs >= 0)
        qCInfo(lcSimEcs) << "upgrade" << r.id << "finished:" << r.status << r.message;
    return true;
}

void PortalSim::refreshRunning()
{
    for (UpgradeRecord &r : m_store.unfinished())
        refresh(r);
}

void PortalSim::noteRestartWindow(const UpgradeRecord &r)
{
    for (const ecs::Plan &p : r.plans) {
        const ecs::Window w = ecs::restartWindow(p, m_options.timeScale, m_options.seed);
        if (w.endMs > now()) {
            m_outages.append({w.startMs, w.endMs, m_scenario.restartDropsSessions});
            qCInfo(lcSimEcs) << "customer-portal rollout will restart the portal for" << (w.endMs - w.startMs)
                             << "ms";
        }
    }
}

HttpResponse PortalSim::versions(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    refreshRunning();
    QJsonObject current;
    const auto installed = m_store.serviceVersions();
    for (auto it = installed.begin(); it != installed.end(); ++it)
        current.insert(it.key(), it.value().first);
    return json(200, {{QStringLiteral("versions"), QJsonArray::fromStringList(versionList())},
                      {QStringLiteral("default"), QStringLiteral("latest")},
                      {QStringLiteral("current"), current},
                      {QStringLiteral("message"),
                       QStringLiteral("Version selection is still evolving; only a small list "
                                      "of versions is available.")}});
}

HttpResponse PortalSim::trigger(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireChange(request, &session); denied.status != 200)
        return denied;
    if (!mayTrigger(session.role))
        return error(403, QStringLiteral("forbidden"),
                     QStringLiteral("The %1 role may not trigger upgrades").arg(session.role));
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    const bool hasKey = request.hasHeader("idempotency-key");
    if (!hasKey)
        return triggerValidated(request, session);
    if (key.trimmed().isEmpty() || key.size() > 255)
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("Idempotency-Key must be 1 to 255 characters"),
                     {{QStringLiteral("field"), QStringLiteral("Idempotency-Key")}});
    const QByteArray hash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256);
    if (const auto previous = m_store.idempotent(session.username, key)) {
        if (previous->bodyHash != hash)
            return error(422, QStringLiteral("idempotency_key_reused"),
                         QStringLiteral("The Idempotency-Key was already used for a different request"));
        qCInfo(lcSimHttp) << "idempotent replay for key" << key;
        HttpResponse replay = HttpResponse::json(previous->status, previous->response);
        replay.setHeader("Idempotent-Replayed", "true");
        return replay;
    }
    HttpResponse response = triggerValidated(request, session);
    if (response.status < 500)
        m_store.storeIdempotent(session.username, key, {hash, response.status, response.body});
    return response;
}

HttpResponse PortalSim::triggerValidated(const HttpRequest &request, const Session &session)
{
    if (!isJson(request))
        return error(415, QStringLiteral("unsupported_media_type"),
                     QStringLiteral("Content-Type must be application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("invalid_json"),
                     QStringLiteral("The body is not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return error(400, QStringLiteral("bad_request"), QStringLiteral("The body must be a JSON object"));
    const QJsonObject o = doc.object(); // unknown fields are ignored
    const QJsonValue service = o.value(QStringLiteral("service"));
    if (service.isUndefined() || service.isNull())
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("service is required: one of %1").arg(allowedServices()),
                     {{QStringLiteral("field"), QStringLiteral("service")}});
    const QStringList targets = serviceNames() + QStringList{QStringLiteral("all")};
    if (!service.isString() || !targets.contains(service.toString()))
        return error(400, QStringLiteral("invalid_service"),
                     QStringLiteral("service must be one of: %1").arg(allowedServices()),
                     {{QStringLiteral("field"), QStringLiteral("service")}});
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    QString version = QStringLiteral("latest");
    if (!versionValue.isUndefined() && !versionValue.isNull()) {
        if (!versionValue.isString() || resolveVersion(versionValue.toString()).isEmpty())
            return error(
                400, QStringLiteral("invalid_version"),
                QStringLiteral("version must be one of: %1").arg(versionList().join(QStringLiteral(", "))),
                {{QStringLiteral("field"), QStringLiteral("version")}});
        version = versionValue.toString();
    }
    const QJsonValue forceValue = o.value(QStringLiteral("force_new_deployment"));
    if (!forceValue.isUndefined() && !forceValue.isNull() && !forceValue.isBool())
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("force_new_deployment must be true or false"),
                     {{QStringLiteral("field"), QStringLiteral("force_new_deployment")}});
    const bool force = forceValue.toBool(false);
    const QString target = service.toString();
    const QStringList services = target == QStringLiteral("all") ? serviceNames() : QStringList{target};

    // Assumption (contract): a service already in a running upgrade gives 409 with that upgrade's id.
    for (UpgradeRecord &running : m_store.unfinished()) {
        refresh(running);
        if (running.completedMs >= 0)
            continue;
        for (const QString &s : services) {
            if (running.services.contains(s))
                return error(409, QStringLiteral("upgrade_in_progress"),
                             QStringLiteral("Service %1 is already being upgraded by %2").arg(s, running.id),
                             {{QStringLiteral("upgrade_id"), running.id}});
        }
    }

    const qint64 t = now();
    UpgradeRecord r;
    r.id = newUpgradeId(t);
    r.orgId = m_org.id;
    r.service = target;
    r.services = services;
    r.version = version;
    r.resolvedVersion = resolveVersion(version);
    r.force = force;
    r.initiatedBy = session.username;
    r.cluster = m_org.deploymentCluster(); // derived from the stack when the record has no cluster
    r.region = m_org.region;
    r.createdMs = r.updatedMs = t;
    r.estimatedSeconds = std::max(1, int(std::ceil(ecs::nominalSeconds() / m_options.timeScale)));
    const auto installed = m_store.serviceVersions();
    for (const QString &s : services) {
        ecs::Plan p;
        p.upgradeId = r.id;
        p.service = s;
        p.ecsService = m_org.ecsService(s);
        p.desired = desiredCount(s);
        p.startMs = t;
        p.version = r.resolvedVersion;
        const auto current = installed.value(s, {initialVersion(), 1});
        p.noop = !force && current.first == r.resolvedVersion;
        p.fault = p.noop ? QString() : m_scenario.rollout.value(s);
        p.revision = p.noop ? current.second : current.second + 1;
        p.taskDefinition = QStringLiteral("%1:%2").arg(p.ecsService).arg(p.revision);
        p.deploymentId = QStringLiteral("ecs-svc/%1")
                             .arg(QRandomGenerator::global()->generate64() % 10000000000000000000ULL);
        if (s == QStringLiteral("customer-portal"))
            p.restartSeconds = m_scenario.portalRestartSeconds >= 0
                                   ? m_scenario.portalRestartSeconds
                                   : std::clamp(20.0 / m_options.timeScale, 2.0, 20.0);
        r.plans.append(p);
        r.states.append(ecs::evaluate(p, t, m_options.timeScale, m_options.seed));
        qCInfo(lcSimEcs) << "update-service --cluster" << r.cluster << "--service" << p.ecsService
                         << "--task-definition" << p.taskDefinition << (force ? "--force-new-deployment" : "")
                         << (p.noop ? "(no change)" : "");
    }
    aggregate(r);
    if (!m_store.insertUpgrade(r))
        return error(500, QStringLiteral("internal_error"),
                     QStringLiteral("The upgrade could not be recorded"));
    for (qsizetype i = 0; i < r.plans.size(); ++i) {
        if (r.states[i].status == QStringLiteral("SUCCESS") && !r.plans[i].noop)
            m_store.setServiceVersion(r.plans[i].service, r.resolvedVersion, r.plans[i].revision);
    }
    noteRestartWindow(r);
    QJsonArray entries;
    for (int i = 0; i < r.services.size(); ++i)
        entries.append(serviceJson(r, i));
    const QString message = r.completedMs >= 0 ? r.message
                            : services.size() == 1
                                ? QStringLiteral("Upgrade initiated for %1").arg(target)
                                : QStringLiteral("Upgrade initiated for %1 services").arg(services.size());
    return json(202, {{QStringLiteral("upgrade_id"), r.id},
                      {QStringLiteral("status"), r.status},
                      {QStringLiteral("services"), entries},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("estimated_time"), r.estimatedSeconds}});
}

HttpResponse PortalSim::upgradeStatus(const HttpRequest &request, const QString &id)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    if (id.size() > 128 || id.contains(u'/'))
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("upgradeID must be 1 to 128 characters"),
                     {{QStringLiteral("field"), QStringLiteral("upgradeID")}});
    std::optional<UpgradeRecord> r = m_store.upgrade(id);
    if (!r)
        return error(404, QStringLiteral("not_found"), QStringLiteral("No upgrade with id %1").arg(id));
    refresh(*r);
    return json(200, statusJson(*r));
}

HttpResponse PortalSim::upgradeHistory(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    const QUrlQuery &q = request.query;
    HistoryQuery h;
    auto badParam = [](const QString &field, const QString &message) {
        return error(400, QStringLiteral("bad_request"), message, {{QStringLiteral("field"), field}});
    };
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        h.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || h.limit < 1 || h.limit > 1000)
            return badParam(QStringLiteral("limit"),
                            QStringLiteral("limit must be an integer from 1 to 1000"));
    }
    if (q.hasQueryItem(QStringLiteral("cursor"))) {
        const QString cursor = q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        if (cursor.size() > 512 || !decodeCursor(cursor, &h.cursorCreatedMs, &h.cursorId))
            return badParam(QStringLiteral("cursor"),
                            QStringLiteral("cursor must be a next_cursor this portal returned"));
        h.hasCursor = true;
    }
    const std::pair<const char *, qint64 *> times[] = {
        {"since", &h.sinceMs}, {"until", &h.untilMs}, {"updated_since", &h.updatedSinceMs}};
    for (const auto &[name, target] : times) {
        const QString field = QString::fromLatin1(name);
        if (!q.hasQueryItem(field))
            continue;
        const QDateTime at =
            QDateTime::fromString(q.queryItemValue(field, QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!at.isValid())
            return badParam(
                field,
                QStringLiteral("%1 must be an RFC 3339 date-time such as 2026-11-28T19:00:00Z").arg(field));
        *target = at.toMSecsSinceEpoch();
    }
    refreshRunning();
    const qint64 serverTime = now();
    QList<UpgradeRecord> rows = m_store.history(h);
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > h.limit) {
        rows.resize(h.limit);
        next = QString::fromLatin1(encodeCursor(rows.last().createdMs, rows.last().id));
    }
    QJsonArray upgrades;
    for (const UpgradeRecord &r : rows) {
        upgrades.append(QJsonObject{{QStringLiteral("upgrade_id"), r.id},
                                    {QStringLiteral("service"), r.service},
                                    {QStringLiteral("services"), QJsonArray::fromStringList(r.services)},
                                    {QStringLiteral("service_count"), r.services.size()},
                                    {QStringLiteral("version"), r.version},
                                    {QStringLiteral("force_new_deployment"), r.force},
                                    {QStringLiteral("initiated_by"), r.initiatedBy},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("created_at"), isoTime(r.createdMs)},
                                    {QStringLiteral("updated_at"), isoTime(r.updatedMs)},
                                    {QStringLiteral("completed_at"),
                                     r.completedMs >= 0 ? QJsonValue(isoTime(r.completedMs)) : QJsonValue()},
                                    {QStringLiteral("message"), r.message}});
    }
    return json(200, {{QStringLiteral("upgrades"), upgrades},
                      {QStringLiteral("next_cursor"), next},
                      {QStringLiteral("total"), m_store.count(h)},
                      {QStringLiteral("server_time"), isoTime(serverTime)}});
}

} // namespace sim

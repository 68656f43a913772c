#include "decoders.h"
#include "jsonreader.h"

#include <cmath>

namespace pdc {

using json::Json;
using json::Need;
using json::Reader;

namespace {

EstimatedTime estimatedTime(Reader &r, const Json &o, const QString &path)
{
    EstimatedTime out;
    const Json *v = r.member(o, path, "estimated_time", Need::Optional);
    if (!v)
        return out;
    const QString field = Reader::child(path, "estimated_time");
    if (v->is_string()) {
        out.text = Reader::toQString(*v);
    } else if (v->is_number()) {
        const double seconds = v->get<double>();
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1.0e12)
            r.fail(field, QStringLiteral("Field '%1' should be a non-negative number of seconds").arg(field));
        else
            out.seconds = qint64(std::llround(seconds));
    } else {
        r.fail(field, QStringLiteral("Field '%1' should be seconds or a text but is %2")
                          .arg(field, Reader::typeName(*v)));
    }
    return out;
}

std::optional<int> count(Reader &r, const Json &o, const QString &path, const char *key)
{
    const auto n = r.integer(o, path, key, Need::Optional);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

ServiceStatus serviceStatus(Reader &r, const Json &o, const QString &p)
{
    ServiceStatus s;
    s.service = r.string(o, p, "service", Need::Required);
    s.state = UpgradeState::fromWire(r.string(o, p, "status", Need::Required));
    s.ecsService = r.string(o, p, "ecs_service", Need::Optional);
    s.desiredCount = count(r, o, p, "desired_count");
    s.runningCount = count(r, o, p, "running_count");
    s.pendingCount = count(r, o, p, "pending_count");
    s.failedTasks = count(r, o, p, "failed_tasks");
    s.rolloutState = r.string(o, p, "rollout_state", Need::Optional);
    s.rolloutStateReason = r.string(o, p, "rollout_state_reason", Need::Optional);
    s.deploymentId = r.string(o, p, "deployment_id", Need::Optional);
    s.taskDefinition = r.string(o, p, "task_definition", Need::Optional);
    s.message = r.string(o, p, "message", Need::Optional);
    s.updatedAt = r.timestamp(o, p, "updated_at", Need::Optional);
    return s;
}

QList<ServiceStatus> services(Reader &r, const Json &o, Need need)
{
    QList<ServiceStatus> out;
    const Json *items = r.array(o, QString(), "services", need);
    if (!items)
        return out;
    for (std::size_t i = 0; i < items->size() && !r.failed(); ++i) {
        const QString p = Reader::index(QStringLiteral("services"), i);
        const Json &item = (*items)[i];
        if (!r.expectObject(item, p))
            break;
        out.append(serviceStatus(r, item, p));
    }
    return out;
}

} // namespace

Result<VersionList> decodeVersionList(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        VersionList out;
        out.versions = r.stringList(root, QString(), "versions", Need::Required);
        out.defaultVersion = r.string(root, QString(), "default", Need::Optional);
        out.current = r.stringMap(root, QString(), "current", Need::Optional);
        out.message = r.string(root, QString(), "message", Need::Optional);
        return out;
    });
}

Result<UpgradeAccepted> decodeUpgradeAccepted(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        UpgradeAccepted out;
        out.upgradeId = r.string(root, QString(), "upgrade_id", Need::Required);
        if (r.member(root, QString(), "status", Need::Optional))
            out.state = UpgradeState::fromWire(r.string(root, QString(), "status", Need::Optional));
        out.services = services(r, root, Need::Required);
        out.message = r.string(root, QString(), "message", Need::Optional);
        out.estimatedTime = estimatedTime(r, root, QString());
        if (!r.failed() && out.upgradeId.isEmpty())
            r.fail(QStringLiteral("upgrade_id"), QStringLiteral("Field 'upgrade_id' is empty"));
        return out;
    });
}

Result<UpgradeStatus> decodeUpgradeStatus(const QByteArray &body)
{
    return json::decodeObject(body, [&](json::Reader &r, const json::Json &root) {
        const Json &o = root;
        UpgradeStatus out;
        out.upgradeId = r.string(o, QString(), "upgrade_id", Need::Required);
        out.state = UpgradeState::fromWire(r.string(o, QString(), "status", Need::Required));
        out.service = r.string(o, QString(), "service", Need::Optional);
        out.version = r.string(o, QString(), "version", Need::Optional);
        out.forceNewDeployment = r.boolean(o, QString(), "force_new_deployment", Need::Optional);
        out.initiatedBy = r.string(o, QString(), "initiated_by", Need::Optional);
        out.createdAt = r.timestamp(o, QString(), "created_at", Need::Optional);
        out.updatedAt = r.timestamp(o, QString(), "updated_at", Need::Optional);
        out.completedAt = r.timestamp(o, QString(), "completed_at", Need::Optional);
        out.cluster = r.string(o, QString(), "cluster", Need::Optional);
        out.region = r.string(o, QString(), "region", Need::Optional);
        out.message = r.string(o, QString(), "message", Need::Optional);
        out.estimatedTime = estimatedTime(r, o, QString());
        out.services = services(r, o, Need::Required);
        if (!r.failed() && out.upgradeId.isEmpty())
            r.fail(QStringLiteral("upgrade_id"), QStringLiteral("Field 'upgrade_id' is empty"));
        return out;
    });
}

} // namespace pdc

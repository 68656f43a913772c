#include "scenario.h"

#include "organization.h"
#include "portalsim.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sim {

bool PathFault::matches(const QString &m, const QString &p) const
{
    if (!method.isEmpty() && method.compare(m, Qt::CaseInsensitive) != 0)
        return false;
    if (path.endsWith(u'*'))
        return p.startsWith(path.chopped(1));
    return p == path;
}

QStringList builtInScenarios()
{
    QStringList names;
    const QStringList files =
        QDir(QStringLiteral(":/portal-sim/scenarios")).entryList({QStringLiteral("*.json")});
    for (const QString &file : files)
        names.append(file.chopped(5));
    return names;
}

bool Scenario::fromJson(const QJsonObject &o, Scenario *out, QString *error)
{
    Scenario s;
    s.source = o;
    auto bad = [error](const QString &what) {
        *error = QStringLiteral("scenario: %1").arg(what);
        return false;
    };
    s.name = o.value(QStringLiteral("name")).toString(QStringLiteral("custom"));
    s.description = o.value(QStringLiteral("description")).toString();
    const QJsonObject services = o.value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (!serviceNames().contains(it.key()))
            return bad(QStringLiteral("unknown service %1").arg(it.key()));
        const QString rollout = it.value().toObject().value(QStringLiteral("rollout")).toString();
        if (!rollout.isEmpty() && rollout != QStringLiteral("fail") && rollout != QStringLiteral("hang") &&
            rollout != QStringLiteral("succeed"))
            return bad(QStringLiteral("services.%1.rollout must be succeed, fail or hang").arg(it.key()));
        s.rollout.insert(it.key(), rollout == QStringLiteral("succeed") ? QString() : rollout);
    }
    s.latencyMs = o.value(QStringLiteral("latency_ms")).toInt(0);
    const QStringList faults{QStringLiteral("malformed_json"),
                             QStringLiteral("http_500"),
                             QStringLiteral("http_503"),
                             QStringLiteral("latency"),
                             QStringLiteral("redirect"),
                             QStringLiteral("cut_body"),
                             QStringLiteral("body")};
    for (const QJsonValue &v : o.value(QStringLiteral("paths")).toArray()) {
        const QJsonObject p = v.toObject();
        PathFault f;
        f.path = p.value(QStringLiteral("path")).toString();
        f.method = p.value(QStringLiteral("method")).toString();
        f.fault = p.value(QStringLiteral("fault")).toString();
        f.count = p.value(QStringLiteral("count")).toInt(0);
        f.latencyMs = p.value(QStringLiteral("latency_ms")).toInt(0);
        f.location = p.value(QStringLiteral("location")).toString();
        if (f.path.isEmpty() || !faults.contains(f.fault))
            return bad(QStringLiteral("paths[] need a path and a fault (%1)")
                           .arg(faults.join(QStringLiteral(", "))));
        if (f.fault == QStringLiteral("redirect") && f.location.isEmpty())
            return bad(QStringLiteral("a redirect fault needs a location"));
        if (f.fault == QStringLiteral("body")) {
            const QJsonValue body = p.value(QStringLiteral("body"));
            if (body.isString())
                f.body = body.toString().toUtf8();
            else if (body.isObject())
                f.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
            else if (body.isArray())
                f.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
            else
                return bad(QStringLiteral("a body fault needs a body: a string, an object or an array"));
            f.contentType = p.value(QStringLiteral("content_type"))
                                .toString(body.isString() ? QStringLiteral("text/plain")
                                                          : QStringLiteral("application/json"))
                                .toUtf8();
            f.status = p.value(QStringLiteral("status")).toInt(200);
            if (f.status < 100 || f.status > 599)
                return bad(QStringLiteral("a body fault's status must be an HTTP status"));
        }
        s.paths.append(f);
    }
    const QStringList levels{QStringLiteral("healthy"), QStringLiteral("degraded"),
                             QStringLiteral("unhealthy")};
    s.providerHealth = o.value(QStringLiteral("provider_health")).toString(QStringLiteral("healthy"));
    s.connectorHealth = o.value(QStringLiteral("connector_health")).toString(QStringLiteral("healthy"));
    if (!levels.contains(s.providerHealth) || !levels.contains(s.connectorHealth))
        return bad(
            QStringLiteral("provider_health and connector_health must be healthy, degraded or unhealthy"));
    s.providerProbeFails = o.value(QStringLiteral("provider_probe")).toString() == QStringLiteral("fail");
    s.connectorProbeFails = o.value(QStringLiteral("connector_probe")).toString() == QStringLiteral("fail");
    const QJsonObject restart = o.value(QStringLiteral("portal_restart")).toObject();
    s.portalRestartSeconds = restart.value(QStringLiteral("seconds")).toDouble(-1);
    s.restartDropsSessions = restart.value(QStringLiteral("drop_sessions")).toBool(false);
    s.sessionIdleSeconds = o.value(QStringLiteral("session_idle_seconds")).toInt(0);
    s.sessionMaxSeconds = o.value(QStringLiteral("session_max_seconds")).toInt(0);
    s.downAtStartSeconds = o.value(QStringLiteral("down_at_start_seconds")).toInt(0);
    s.sessionCsrf = o.value(QStringLiteral("session_csrf")).toString(QStringLiteral("repeat"));
    if (s.sessionCsrf != QStringLiteral("repeat") && s.sessionCsrf != QStringLiteral("rotate"))
        return bad(QStringLiteral("session_csrf must be repeat or rotate"));
    *out = s;
    return true;
}

namespace {

bool loadFile(const QString &path, const QString &fileOrName, Scenario *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no scenario file or built-in scenario named %1 (built in: %2)")
                     .arg(fileOrName, builtInScenarios().join(QStringLiteral(", ")));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("scenario %1 is not a JSON object: %2").arg(fileOrName, parseError.errorString());
        return false;
    }
    return Scenario::fromJson(doc.object(), out, error);
}

} // namespace

bool Scenario::load(const QString &fileOrName, Scenario *out, QString *error)
{
    QString path = fileOrName;
    if (!QFileInfo::exists(path))
        path = QStringLiteral(":/portal-sim/scenarios/%1.json").arg(fileOrName);
    return loadFile(path, fileOrName, out, error);
}

bool Scenario::loadNamed(const QString &name, const QString &directory, Scenario *out, QString *error)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!plain.match(name).hasMatch() || name.contains(QStringLiteral(".."))) {
        *error = QStringLiteral("a scenario is named, not given by path: letters, digits, '.', '-' and '_' "
                                "(built in: %1)")
                     .arg(builtInScenarios().join(QStringLiteral(", ")));
        return false;
    }
    if (builtInScenarios().contains(name))
        return loadFile(QStringLiteral(":/portal-sim/scenarios/%1.json").arg(name), name, out, error);
    if (!directory.isEmpty()) {
        const QString root = QFileInfo(directory).canonicalFilePath();
        const QString path =
            QFileInfo(QDir(directory).filePath(name + QStringLiteral(".json"))).canonicalFilePath();
        if (!root.isEmpty() && !path.isEmpty() && path.startsWith(root + QLatin1Char('/')))
            return loadFile(path, name, out, error);
    }
    *error = QStringLiteral("no built-in scenario named %1 (built in: %2)%3")
                 .arg(name, builtInScenarios().join(QStringLiteral(", ")),
                      directory.isEmpty() ? QString()
                                          : QStringLiteral(", nor %1.json in %2").arg(name, directory));
    return false;
}

} // namespace sim

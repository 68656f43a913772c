// Loopback-only fault admin routes (only with --enable-admin); documented in README.md and --help.
//   GET  /__admin/scenario                 the active scenario
//   POST /__admin/scenario                 {"name": "<built-in or in --scenario-dir>"} or a whole scenario
//                                          object; replaces it (never a path: see Scenario::loadNamed)
//   POST /__admin/reset                    back to no faults
//   POST /__admin/expire-sessions          every open session expires (next request: 401 session_expired)
//   POST /__admin/down?seconds=N[&mode=refuse|503]   refuse connections (default) or answer 503 for N s
// Every admin route also checks, because a web page in the operator's browser can reach loopback:
//   Host is 127.0.0.1:<port> or localhost:<port> (a DNS-rebinding page sends its own name): else 403;
//   a POST is Content-Type: application/json (a cross-site form cannot send it): else 415.
#include "portalserver.h"

#include "simlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sim {

bool PortalSim::applyScenario(const Scenario &scenario, QString *error)
{
    Q_UNUSED(error)
    m_scenario = scenario;
    m_sessions.setExpiry(
        scenario.sessionIdleSeconds > 0 ? scenario.sessionIdleSeconds : m_options.sessionIdleSeconds,
        scenario.sessionMaxSeconds > 0 ? scenario.sessionMaxSeconds : m_options.sessionMaxSeconds);
    qCInfo(lcSimHttp) << "scenario" << scenario.name << "active";
    return true;
}

bool PortalSim::adminHostAllowed(const QByteArray &host) const
{
    const QByteArray port = QByteArray::number(m_url.port());
    const QByteArray h = host.trimmed().toLower();
    return h == "127.0.0.1:" + port || h == "localhost:" + port;
}

HttpResponse PortalSim::admin(const HttpRequest &request)
{
    if (!m_options.enableAdmin || !request.remoteAddress.isLoopback())
        return error(404, QStringLiteral("not_found"), QStringLiteral("No route %1").arg(request.path));
    if (!adminHostAllowed(request.header("host")))
        return error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("Admin routes answer only requests addressed to 127.0.0.1:%1 or localhost:%1")
                .arg(m_url.port()));
    if (request.method == "POST" &&
        request.header("content-type").split(';').first().trimmed().toLower() != "application/json")
        return error(415, QStringLiteral("unsupported_media_type"),
                     QStringLiteral("Admin POSTs need Content-Type: application/json"));
    const QString &p = request.path;
    const bool post = request.method == "POST";
    QString message;
    if (p == QStringLiteral("/__admin/scenario") && request.method == "GET") {
        QJsonObject o = m_scenario.source;
        o.insert(QStringLiteral("name"), m_scenario.name);
        o.insert(QStringLiteral("built_in"), QJsonArray::fromStringList(builtInScenarios()));
        return json(200, o);
    }
    if (p == QStringLiteral("/__admin/scenario") && post) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject())
            return error(400, QStringLiteral("invalid_json"),
                         QStringLiteral("POST a JSON object: {\"name\": ...} or a scenario"));
        const QJsonObject o = doc.object();
        Scenario scenario;
        const bool byName = o.size() == 1 && o.contains(QStringLiteral("name"));
        const bool ok = byName ? Scenario::loadNamed(o.value(QStringLiteral("name")).toString(),
                                                     m_options.scenarioDir, &scenario, &message)
                               : Scenario::fromJson(o, &scenario, &message);
        if (!ok)
            return error(400, QStringLiteral("bad_request"), message);
        applyScenario(scenario, &message);
        return json(200, {{QStringLiteral("name"), scenario.name},
                          {QStringLiteral("description"), scenario.description}});
    }
    if (p == QStringLiteral("/__admin/reset") && post) {
        applyScenario(Scenario(), &message);
        m_outages.clear();
        return json(200, {{QStringLiteral("name"), m_scenario.name}});
    }
    if (p == QStringLiteral("/__admin/expire-sessions") && post)
        return json(200, {{QStringLiteral("expired"), m_sessions.expireAll()}});
    if (p == QStringLiteral("/__admin/down") && post) {
        bool ok = false;
        const double seconds = request.query.queryItemValue(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return error(400, QStringLiteral("bad_request"),
                         QStringLiteral("seconds must be a number from 0 to 3600"));
        const QString mode = request.query.queryItemValue(QStringLiteral("mode"));
        const int ms = int(seconds * 1000);
        if (mode == QStringLiteral("503")) {
            m_outages.append({now(), now() + ms, false});
            return json(200, {{QStringLiteral("down_ms"), ms}, {QStringLiteral("mode"), mode}});
        }
        if (!mode.isEmpty() && mode != QStringLiteral("refuse"))
            return error(400, QStringLiteral("bad_request"), QStringLiteral("mode must be refuse or 503"));
        // Answer first, then stop listening: the caller learns the outage started.
        HttpResponse r =
            json(200, {{QStringLiteral("down_ms"), ms}, {QStringLiteral("mode"), QStringLiteral("refuse")}});
        r.closeConnection = true;
        QTimer::singleShot(100, this, [this, ms] { m_http->goDown(ms); });
        return r;
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("No admin route %1").arg(p));
}

} // namespace sim

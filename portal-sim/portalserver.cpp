#include "portalserver.h"

#include "simlogging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>

namespace sim {

PortalSim::PortalSim(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_org(Organization::make(m_options.tenant, m_options.environment))
{
    if (m_options.timeScale <= 0)
        m_options.timeScale = 1;
    m_sessions.setExpiry(m_options.sessionIdleSeconds, m_options.sessionMaxSeconds);
    if (m_options.variantSeed >= 0) {
        m_variant = std::make_unique<Variant>(quint64(m_options.variantSeed), m_options.variantSkip,
                                              m_options.variantBeyondContract);
        m_variant->setCsrfRotator([this](const QString &token) { return m_sessions.rotateCsrf(token).csrf; });
    }
}

PortalSim::~PortalSim() = default;

bool PortalSim::start(QString *error)
{
    QString message;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        qCWarning(lcSimHttp) << text;
        return false;
    };
    if (!m_accounts.load(m_options.usersFile, &message))
        return fail(message);
    if (!m_options.scenarioFile.isEmpty()) {
        Scenario scenario;
        if (!Scenario::load(m_options.scenarioFile, &scenario, &message) ||
            !applyScenario(scenario, &message))
            return fail(message);
    }
    if (!m_options.scenarioDir.isEmpty() && !QFileInfo(m_options.scenarioDir).isDir())
        return fail(
            QStringLiteral("the scenario directory %1 is not a directory").arg(m_options.scenarioDir));
    if (!m_store.open(m_options.databasePath, &message))
        return fail(message);
    if (!m_store.seedHistory(m_options.seedHistory, m_org, m_options.seed, &message))
        return fail(message);
    // Rollouts that were running when the sim stopped continue where they are (their progress is a pure
    // function of the stored plan); their restart windows are noted again.
    for (const UpgradeRecord &record : m_store.unfinished())
        noteRestartWindow(record);
    m_http =
        std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r); }, m_options.limits);
    const quint16 port = m_http->start(m_options.port, m_options.tlsCertificate, m_options.tlsKey, &message);
    if (port == 0)
        return fail(message);
    m_url.setScheme(m_http->tls() ? QStringLiteral("https") : QStringLiteral("http"));
    m_url.setHost(QStringLiteral("127.0.0.1"));
    m_url.setPort(port);
    if (m_scenario.downAtStartSeconds > 0)
        m_http->goDown(m_scenario.downAtStartSeconds * 1000);
    qCInfo(lcSimHttp).noquote() << "listening on" << m_url.toString();
    return true;
}

QString PortalSim::banner() const
{
    QString text = QStringLiteral("portal-sim listening on %1\n").arg(m_url.toString());
    text +=
        QStringLiteral("organization: %1 (%2), tenant %3, environment %4, region %5, stack %6, cluster %7\n")
            .arg(m_org.name, m_org.id, m_org.tenant, m_org.environment, m_org.region, m_org.stack,
                 m_org.deploymentCluster());
    if (m_options.usersFile.isEmpty()) {
        text += QStringLiteral("demo accounts (username / password, role):\n");
        for (const DemoAccount &a : demoAccounts())
            text += QStringLiteral("  %1 / %2 (%3)\n").arg(a.username, a.password, a.role);
    } else {
        text += QStringLiteral("accounts from %1\n").arg(m_options.usersFile);
    }
    text += QStringLiteral("database: %1\ntime scale: %2, scenario: %3%4\n")
                .arg(m_store.path())
                .arg(m_options.timeScale)
                .arg(m_scenario.name,
                     m_options.enableAdmin ? QStringLiteral(", admin routes on /__admin/") : QString());
    return text;
}

qint64 PortalSim::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString PortalSim::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

HttpResponse PortalSim::json(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse PortalSim::error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), code);
    body.insert(QStringLiteral("message"), message);
    HttpResponse r = json(status, body);
    if (status == 503 || status == 429)
        r.setHeader("Retry-After", "1");
    return r;
}

bool PortalSim::isJson(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

HttpResponse PortalSim::requireSession(const HttpRequest &request, Session *session)
{
    const QString token = QString::fromLatin1(request.cookie("portal_session"));
    switch (m_sessions.check(token, now(), session)) {
    case Sessions::Check::Valid:
        return {};
    case Sessions::Check::Missing:
        return error(401, QStringLiteral("unauthorized"),
                     QStringLiteral("Sign in first: no session cookie was sent"));
    case Sessions::Check::Unknown:
        return error(401, QStringLiteral("unauthorized"),
                     QStringLiteral("The session is not known; sign in again"));
    case Sessions::Check::Expired:
        return error(401, QStringLiteral("session_expired"),
                     QStringLiteral("Your session has expired; sign in again"));
    }
    return {};
}

HttpResponse PortalSim::requireChange(const HttpRequest &request, Session *session)
{
    if (HttpResponse denied = requireSession(request, session); denied.status != 200)
        return denied;
    return requireCsrf(request, *session);
}

HttpResponse PortalSim::requireCsrf(const HttpRequest &request, const Session &session)
{
    const QByteArray sent = request.header("x-csrf-token");
    if (sent.isEmpty() || QString::fromLatin1(sent) != session.csrf)
        return error(403, QStringLiteral("csrf_failed"),
                     QStringLiteral("The X-CSRF-Token header is missing or does not match the session"));
    return {};
}

const PortalSim::Outage *PortalSim::currentOutage(qint64 nowMs)
{
    m_outages.removeIf([nowMs](const Outage &o) { return o.endMs <= nowMs; });
    for (const Outage &o : m_outages) {
        if (o.startMs <= nowMs)
            return &o;
    }
    return nullptr;
}

HttpResponse PortalSim::handle(const HttpRequest &request)
{
    if (request.path.startsWith(QStringLiteral("/__admin/")))
        return admin(request);
    if (!m_variant)
        return answer(request);
    HttpRequest rewritten = request;
    std::optional<HttpResponse> own = m_variant->inbound(rewritten, now());
    HttpResponse response = own ? *own : answer(rewritten);
    m_variant->outbound(rewritten, response, now());
    return response;
}

HttpResponse PortalSim::answer(const HttpRequest &request)
{
    HttpResponse response;
    const qint64 t = now();
    if (const Outage *outage = currentOutage(t)) {
        if (outage->dropSessions)
            m_sessions.expireCreatedBefore(outage->startMs);
        const QByteArray retry = QByteArray::number(std::max<qint64>(1, (outage->endMs - t + 999) / 1000));
        if (request.path == QStringLiteral("/health")) {
            response = json(503, {{QStringLiteral("status"), QStringLiteral("unhealthy")},
                                  {QStringLiteral("version"),
                                   m_store.serviceVersions().value(QStringLiteral("customer-portal")).first},
                                  {QStringLiteral("time"), isoTime(t)},
                                  {QStringLiteral("checks"),
                                   QJsonObject{{QStringLiteral("database"), QStringLiteral("ok")},
                                               {QStringLiteral("ecs"), QStringLiteral("restarting")}}}});
        } else {
            response = error(503, QStringLiteral("unavailable"), QStringLiteral("The portal is restarting"));
        }
        response.headers.removeIf([](const auto &h) { return h.first == "Retry-After"; });
        response.setHeader("Retry-After", retry);
        return response;
    }
    int extraDelay = m_scenario.latencyMs;
    for (PathFault &fault : m_scenario.paths) {
        if (!fault.matches(QString::fromLatin1(request.method), request.path))
            continue;
        if (fault.count > 0 && fault.seen >= fault.count)
            continue;
        ++fault.seen;
        extraDelay += fault.latencyMs;
        if (fault.fault == QStringLiteral("malformed_json")) {
            response = HttpResponse::json(200, R"({"upgrades": [{"upgrade_id": "upg_trunc)");
            response.delayMs = extraDelay;
            return response;
        }
        if (fault.fault == QStringLiteral("http_500")) {
            response = error(500, QStringLiteral("internal_error"),
                             QStringLiteral("An internal error occurred (injected fault)"));
            response.delayMs = extraDelay;
            return response;
        }
        if (fault.fault == QStringLiteral("http_503")) {
            response = error(503, QStringLiteral("unavailable"),
                             QStringLiteral("The portal is overloaded (injected fault)"));
            response.delayMs = extraDelay;
            return response;
        }
        if (fault.fault == QStringLiteral("redirect")) {
            response = error(302, QStringLiteral("moved"),
                             QStringLiteral("Moved to %1 (injected redirect)").arg(fault.location));
            response.setHeader("Location", fault.location.toUtf8());
            response.delayMs = extraDelay;
            return response;
        }
        if (fault.fault == QStringLiteral("body")) {
            response.status = fault.status;
            response.body = fault.body;
            response.setHeader("Content-Type", fault.contentType);
            response.delayMs = extraDelay;
            return response;
        }
        if (fault.fault == QStringLiteral("cut_body")) {
            // Do the work (a trigger starts its upgrade), then cut the answer off mid-body.
            response = route(request);
            response.cutBodyAfter = int(response.body.size() / 2);
            response.delayMs += extraDelay;
            return response;
        }
        break; // latency: answer normally, later
    }
    // The connection guard refuses a larger body while it arrives (connectionguard.h); this is the same
    // rule for a request that reaches the routes another way.
    if (request.body.size() > m_options.limits.maxBodyBytes) {
        response =
            error(413, QStringLiteral("payload_too_large"),
                  QStringLiteral("The request body exceeds %1 bytes").arg(m_options.limits.maxBodyBytes));
        response.closeConnection = true;
    } else {
        response = route(request);
    }
    response.delayMs += extraDelay;
    return response;
}

HttpResponse PortalSim::route(const HttpRequest &request)
{
    const QString &p = request.path;
    const QByteArray &m = request.method;
    const bool get = m == "GET", post = m == "POST";
    static const QString upgradePrefix = QStringLiteral("/api/v1/deployments/upgrade/");
    QByteArray allowed;
    auto on = [&](const char *method, const QString &path) {
        if (p != path)
            return false;
        if (m == method)
            return true;
        allowed = method;
        return false;
    };
    if (on("GET", QStringLiteral("/health")))
        return health(request);
    if (on("POST", QStringLiteral("/api/v1/auth/login")))
        return login(request);
    if (on("POST", QStringLiteral("/api/v1/auth/logout")))
        return logout(request);
    if (on("GET", QStringLiteral("/api/v1/auth/session")))
        return sessionInfo(request);
    if (on("GET", QStringLiteral("/api/v1/health/connectors")))
        return componentHealth(request, false);
    if (on("GET", QStringLiteral("/api/v1/health/providers")))
        return componentHealth(request, true);
    if (on("POST", QStringLiteral("/api/v1/probes/provider")))
        return probe(request, true);
    if (on("POST", QStringLiteral("/api/v1/probes/connector")))
        return probe(request, false);
    if (on("GET", QStringLiteral("/api/v1/license")))
        return license(request);
    if (on("GET", QStringLiteral("/api/v1/usage")))
        return usage(request);
    if (on("GET", QStringLiteral("/api/v1/deployments/versions")))
        return versions(request);
    if (on("POST", QStringLiteral("/api/v1/deployments/upgrade")))
        return trigger(request);
    if (on("GET", QStringLiteral("/api/v1/deployments/upgrades")))
        return upgradeHistory(request);
    if (p.startsWith(upgradePrefix) && p.size() > upgradePrefix.size()) {
        if (get)
            return upgradeStatus(request, p.mid(upgradePrefix.size()));
        allowed = "GET";
    }
    Q_UNUSED(post)
    if (!allowed.isEmpty()) {
        HttpResponse r = error(405, QStringLiteral("method_not_allowed"),
                               QStringLiteral("%1 does not accept %2; use %3")
                                   .arg(p, QString::fromLatin1(m), QString::fromLatin1(allowed)));
        r.setHeader("Allow", allowed);
        return r;
    }
    return error(404, QStringLiteral("not_found"),
                 QStringLiteral("No route %1 %2").arg(QString::fromLatin1(m), p));
}

} // namespace sim

// Session routes (assumptions in the contract): login, logout, session check.
#include "portalserver.h"

#include "simlogging.h"

#include <QJsonDocument>

namespace sim {

QByteArray PortalSim::sessionCookie(const QString &value, bool clear) const
{
    QByteArray cookie = "portal_session=" + value.toLatin1() + "; HttpOnly; SameSite=Strict; Path=/";
    if (clear)
        cookie += "; Max-Age=0";
    if (m_http && m_http->tls())
        cookie += "; Secure";
    return cookie;
}

QJsonObject PortalSim::sessionJson(const Session &session, bool withCsrf) const
{
    const Account *account = m_accounts.find(session.username);
    QJsonObject user{{QStringLiteral("username"), session.username}, {QStringLiteral("role"), session.role}};
    if (account && !account->displayName.isEmpty())
        user.insert(QStringLiteral("display_name"), account->displayName);
    QJsonObject o{{QStringLiteral("user"), user},
                  {QStringLiteral("organization"), m_org.toJson()},
                  {QStringLiteral("expires_at"), isoTime(m_sessions.expiresMs(session))},
                  {QStringLiteral("idle_expires_at"), isoTime(m_sessions.idleExpiresMs(session))}};
    // The CSRF token is not a secret from the signed-in client; by default the session check repeats it so
    // a client that restarts can recover it (scenario session_csrf "repeat").
    if (withCsrf)
        o.insert(QStringLiteral("csrf_token"), session.csrf);
    return o;
}

HttpResponse PortalSim::login(const HttpRequest &request)
{
    if (!isJson(request))
        // The contract lists no 415 for login, so a non-JSON login is a bad request.
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("Content-Type must be application/json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("invalid_json"),
                     QStringLiteral("The body is not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return error(400, QStringLiteral("bad_request"), QStringLiteral("The body must be a JSON object"));
    const QJsonObject o = doc.object();
    for (const QString &field : {QStringLiteral("username"), QStringLiteral("password")}) {
        const QJsonValue v = o.value(field);
        if (!v.isString() || v.toString().isEmpty())
            return error(400, QStringLiteral("bad_request"),
                         QStringLiteral("%1 is required and must be a non-empty string").arg(field),
                         {{QStringLiteral("field"), field}});
    }
    const QString username = o.value(QStringLiteral("username")).toString();
    const QString password = o.value(QStringLiteral("password")).toString();
    if (username.size() > 128 || password.size() > 1024)
        return error(400, QStringLiteral("bad_request"), QStringLiteral("username or password is too long"));

    const qint64 t = now();
    if (const qint64 wait = m_failedLogins.retryAfterMs(username, request.remoteAddress, t); wait > 0) {
        HttpResponse r = error(429, QStringLiteral("rate_limited"),
                               QStringLiteral("Too many failed sign-ins for %1; retry in %2 s")
                                   .arg(username)
                                   .arg((wait + 999) / 1000));
        r.headers.removeIf([](const auto &h) { return h.first == "Retry-After"; });
        r.setHeader("Retry-After", QByteArray::number((wait + 999) / 1000));
        return r;
    }
    const Account *account = m_accounts.verify(username, password);
    if (!account) {
        m_failedLogins.failed(username, request.remoteAddress, t);
        qCInfo(lcSimAuth) << "failed sign-in for" << username;
        return error(401, QStringLiteral("invalid_credentials"),
                     QStringLiteral("Wrong username or password"));
    }
    m_failedLogins.succeeded(username, request.remoteAddress);
    const Session session = m_sessions.create(account->username, account->role, t);
    HttpResponse r = json(200, sessionJson(session, true));
    r.setHeader("Set-Cookie", sessionCookie(session.token, false));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse PortalSim::logout(const HttpRequest &request)
{
    // Signing out changes state like any other POST: a valid session and its CSRF token (401, 403), so a
    // cross-site request cannot sign the operator out.
    Session session;
    if (HttpResponse denied = requireChange(request, &session); denied.status != 200)
        return denied;
    m_sessions.remove(session.token);
    HttpResponse r;
    r.status = 204;
    r.setHeader("Set-Cookie", sessionCookie(QString(), true));
    return r;
}

HttpResponse PortalSim::sessionInfo(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    if (m_scenario.sessionCsrf == QStringLiteral("rotate")) {
        // The first check after login replaces the login token and answers the new one; later checks
        // leave csrf_token out (it is sent only when it is new), so a client must keep the newest.
        if (session.csrfRotations == 0)
            return json(200, sessionJson(m_sessions.rotateCsrf(session.token), true));
        return json(200, sessionJson(session, false));
    }
    return json(200, sessionJson(session, true));
}

} // namespace sim

#include "sessions.h"

#include "simlogging.h"

#include <QRandomGenerator>

namespace sim {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

void Sessions::setExpiry(int idleSeconds, int maxSeconds)
{
    m_idle = std::max(1, idleSeconds);
    m_max = std::max(1, maxSeconds);
}

Session Sessions::create(const QString &username, const QString &role, qint64 nowMs)
{
    // Forget long-dead sessions so the table does not grow without bound.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (nowMs - it->lastSeenMs > qint64(m_max) * 1000 * 2)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    Session s{randomToken(), randomToken(16), username, role, nowMs, nowMs, false, 0};
    m_sessions.insert(s.token, s);
    qCInfo(lcSimAuth) << "session opened for" << username;
    return s;
}

Sessions::Check Sessions::check(const QString &token, qint64 nowMs, Session *out)
{
    if (token.isEmpty())
        return Check::Missing;
    auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return Check::Unknown;
    if (it->expired || nowMs >= idleExpiresMs(*it) || nowMs >= expiresMs(*it)) {
        it->expired = true;
        return Check::Expired;
    }
    it->lastSeenMs = nowMs;
    *out = *it;
    return Check::Valid;
}

void Sessions::remove(const QString &token)
{
    m_sessions.remove(token);
}

Session Sessions::rotateCsrf(const QString &token)
{
    auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return {};
    it->csrf = randomToken(16);
    ++it->csrfRotations;
    qCInfo(lcSimAuth) << "CSRF token rotated for" << it->username;
    return *it;
}

int Sessions::expireAll()
{
    int n = 0;
    for (Session &s : m_sessions) {
        if (!s.expired) {
            s.expired = true;
            ++n;
        }
    }
    qCInfo(lcSimAuth) << "expired" << n << "sessions";
    return n;
}

int Sessions::expireCreatedBefore(qint64 ms)
{
    int n = 0;
    for (Session &s : m_sessions) {
        if (!s.expired && s.createdMs < ms) {
            s.expired = true;
            ++n;
        }
    }
    return n;
}

} // namespace sim

// Portal sessions: random tokens in memory (a restarted portal forgets them, like a real one without a
// shared session store), each with a CSRF token, an idle and an absolute expiry.
#pragma once

#include <QHash>
#include <QString>

namespace sim {

struct Session
{
    QString token, csrf, username, role;
    qint64 createdMs = 0, lastSeenMs = 0;
    bool expired = false;  // expired by an admin route or a portal restart
    int csrfRotations = 0; // how often the CSRF token was replaced since login
};

class Sessions
{
public:
    enum class Check
    {
        Valid,
        Missing,
        Unknown,
        Expired
    };

    void setExpiry(int idleSeconds, int maxSeconds);
    int idleSeconds() const { return m_idle; }
    int maxSeconds() const { return m_max; }
    Session create(const QString &username, const QString &role, qint64 nowMs);
    // Validates and touches the session (idle expiry restarts).
    Check check(const QString &token, qint64 nowMs, Session *out);
    void remove(const QString &token);
    // Gives the session a new CSRF token (the old one is refused from then on); the updated session.
    Session rotateCsrf(const QString &token);
    int expireAll();
    int expireCreatedBefore(qint64 ms);
    qint64 idleExpiresMs(const Session &s) const { return s.lastSeenMs + qint64(m_idle) * 1000; }
    qint64 expiresMs(const Session &s) const { return s.createdMs + qint64(m_max) * 1000; }

private:
    QHash<QString, Session> m_sessions;
    int m_idle = 1800, m_max = 28800;
};

QString randomToken(int bytes = 32);

} // namespace sim

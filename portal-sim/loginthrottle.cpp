#include "loginthrottle.h"

#include <algorithm>

namespace sim {

QString LoginThrottle::key(const QString &username, const QHostAddress &client)
{
    return client.toString() + QLatin1Char('\n') + username;
}

void LoginThrottle::expire(qint64 nowMs)
{
    while (!m_byAge.empty() && nowMs - m_byAge.begin()->first > FailedLoginMemoryMs) {
        m_entries.remove(m_byAge.begin()->second);
        m_byAge.erase(m_byAge.begin());
    }
}

qint64 LoginThrottle::retryAfterMs(const QString &username, const QHostAddress &client, qint64 nowMs)
{
    expire(nowMs);
    const auto it = m_entries.constFind(key(username, client));
    if (it == m_entries.cend() || it->failures < LoginFailuresBeforeDelay)
        return 0;
    const int doublings = std::min(it->failures - LoginFailuresBeforeDelay, 20);
    const qint64 delay = std::min(FirstLoginDelayMs << doublings, MaxLoginDelayMs);
    return std::max<qint64>(0, it->lastMs + delay - nowMs);
}

void LoginThrottle::failed(const QString &username, const QHostAddress &client, qint64 nowMs)
{
    expire(nowMs);
    const QString k = key(username, client);
    Entry &entry = m_entries[k];
    if (entry.failures > 0)
        m_byAge.erase({entry.lastMs, k});
    ++entry.failures;
    entry.lastMs = nowMs;
    m_byAge.insert({nowMs, k});
    while (m_entries.size() > MaxFailedLoginEntries) {
        m_entries.remove(m_byAge.begin()->second);
        m_byAge.erase(m_byAge.begin());
    }
}

void LoginThrottle::succeeded(const QString &username, const QHostAddress &client)
{
    const QString k = key(username, client);
    const auto it = m_entries.constFind(k);
    if (it == m_entries.cend())
        return;
    m_byAge.erase({it->lastMs, k});
    m_entries.erase(it);
}

} // namespace sim

// Failed sign-ins remembered per (account name, client address): a client guessing one account's password
// is slowed down with a growing delay, while the real user signs in from elsewhere. The memory is bounded
// in size and in time.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <set>
#include <utility>

namespace sim {

// Failures of one (account, client) pair answered 401 before the pair must wait. Invariant: the first
// LoginFailuresBeforeDelay wrong passwords are answered at once; every later attempt first waits.
constexpr int LoginFailuresBeforeDelay = 5;
// The wait after LoginFailuresBeforeDelay failures; it doubles with each further failure...
constexpr qint64 FirstLoginDelayMs = 1000;
// ...up to this. Invariant: no pair waits longer than this after its last failure.
constexpr qint64 MaxLoginDelayMs = 5 * 60 * 1000;
// (account, client address) pairs remembered. Invariant: never more; the pair failed longest ago goes first.
constexpr int MaxFailedLoginEntries = 10000;
// A pair is forgotten this long after its last failure. Invariant: longer than MaxLoginDelayMs, so a delay
// in force is never forgotten early.
constexpr qint64 FailedLoginMemoryMs = 15 * 60 * 1000;
static_assert(FailedLoginMemoryMs > MaxLoginDelayMs);

class LoginThrottle
{
public:
    // How long (ms) this client must wait before it may try this account again; 0 = now.
    qint64 retryAfterMs(const QString &username, const QHostAddress &client, qint64 nowMs);
    void failed(const QString &username, const QHostAddress &client, qint64 nowMs);
    void succeeded(const QString &username, const QHostAddress &client);
    int size() const { return int(m_entries.size()); } // remembered (account, client) pairs

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastMs = 0;
    };
    static QString key(const QString &username, const QHostAddress &client);
    void expire(qint64 nowMs);

    QHash<QString, Entry> m_entries;
    std::set<std::pair<qint64, QString>> m_byAge; // (last failure, key): the oldest first
};

} // namespace sim

// Tunables of PortalClient: how GETs are retried and how often a watched upgrade is polled.
// Tests shorten both through PortalClient::setRetryPolicy() and setWatchSchedule().
#pragma once

#include <QList>
#include <QtGlobal>

namespace pdc {

// Automatic retries of idempotent GETs (never of POSTs, never of the trigger).
// Delay before retry n (n = 1, 2, ...): min(maxBackoffMs, initialBackoffMs * multiplier^(n-1)),
// spread by ±jitter (a fraction), and never shorter than the answer's Retry-After. A Retry-After longer
// than maxRetryAfterMs ends the retries and returns the error (its retryAfterSeconds tells the caller).
struct RetryPolicy
{
    int maxAttempts = 4; // the first try and up to three retries
    int initialBackoffMs = 500;
    double multiplier = 2.0;
    int maxBackoffMs = 8000;
    double jitter = 0.25;
    int maxRetryAfterMs = 60000;
    int transferTimeoutMs = 30000; // every request, GET or POST: no bytes for this long => Timeout

    // Delay before retry `retry` (1-based); `random01` in [0, 1) draws the jitter; retryAfterSeconds < 0 =
    // none.
    qint64 backoffMs(int retry, int retryAfterSeconds, double random01) const;

    // A policy for tests: 3 attempts, 20 ms first back-off, 2 s transfer timeout.
    static RetryPolicy fastForTests();
};

// How often a watched upgrade is polled, by time since the watch started:
//   every 2 s during the first minute, every 5 s until five minutes, then every 15 s (the pace of
//   `aws ecs wait services-stable`). While the portal is unreachable or restarting (WatchLink::Reconnecting)
//   polling goes on at the same pace, at most every `reconnectIntervalMs`.
struct WatchSchedule
{
    struct Step
    {
        qint64 untilMs; // this interval applies while elapsed < untilMs
        int intervalMs;
    };
    QList<Step> steps{{60'000, 2'000}, {300'000, 5'000}};
    int laterIntervalMs = 15'000;
    int reconnectIntervalMs = 5'000;

    int intervalAt(qint64 elapsedMs) const;

    // For tests: every 50 ms for 1 s, then every 100 ms; reconnect every 100 ms.
    static WatchSchedule fastForTests();
};

} // namespace pdc

// Tunables of PortalClient: how GETs are retried, how long a request may stay silent and how long it
// may take in all. Tests shorten them through PortalClient::setRetryPolicy(). (How often a watched
// upgrade is polled: workflows/watchschedule.h.)
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

    // Overall deadlines, one per request kind, counted from the first try to the answer's last byte,
    // retries and their waits included. A portal that keeps a request alive by trickling bytes (which
    // the idle timeout above never sees) is cut off here with a Timeout that says "too slow". No retry
    // is started that could not begin before its deadline.
    int readDeadlineMs = 120000; // GETs: session check, versions, an upgrade's status, health, a history page
    int signInDeadlineMs = 60000; // the login POST
    int changeDeadlineMs = 60000; // the other POSTs: the trigger (never retried), logout
    int probeDeadlineMs = 60000;  // a post-upgrade probe (GET or POST)

    // Delay before retry `retry` (1-based); `random01` in [0, 1) draws the jitter; retryAfterSeconds < 0 =
    // none.
    qint64 backoffMs(int retry, int retryAfterSeconds, double random01) const;

    // A policy for tests: 3 attempts, 20 ms first back-off, 2 s transfer timeout, the default deadlines.
    static RetryPolicy fastForTests();
};

} // namespace pdc

// How often a watched upgrade is polled (WatchList), by time since the watch started:
//   every 2 s during the first minute, every 5 s until five minutes, then every 15 s (the pace of
//   `aws ecs wait services-stable`). While the portal is unreachable or restarting (WatchLink::Reconnecting)
//   polling goes on at the same pace, but at least every `reconnectIntervalMs`.
// Tests shorten it with WatchList::setSchedule(WatchSchedule::fastForTests()).
#pragma once

#include <QList>
#include <QtGlobal>

namespace pdc {

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
    // Read-after-write: right after a 202 the status route may not know the upgrade yet. Until the portal
    // has answered for an upgrade once, a 404 is polled through for this long (docs/api/openapi.yaml,
    // "Read after write"); after that, or once the upgrade was seen, a 404 stops the watch.
    int notFoundGraceMs = 10'000;

    int intervalAt(qint64 elapsedMs) const;
    // The next poll after an answer: intervalAt(), capped at reconnectIntervalMs while reconnecting.
    int nextIntervalMs(qint64 elapsedMs, bool reconnecting) const;

    // For tests: every 50 ms for 1 s, then every 100 ms; reconnect every 100 ms; a 300 ms grace for 404.
    static WatchSchedule fastForTests();
};

} // namespace pdc

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

    int intervalAt(qint64 elapsedMs) const;
    // The next poll after an answer: intervalAt(), capped at reconnectIntervalMs while reconnecting.
    int nextIntervalMs(qint64 elapsedMs, bool reconnecting) const;

    // For tests: every 50 ms for 1 s, then every 100 ms; reconnect every 100 ms.
    static WatchSchedule fastForTests();
};

} // namespace pdc

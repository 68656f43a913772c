#include "watchschedule.h"

#include <algorithm>

namespace pdc {

int WatchSchedule::intervalAt(qint64 elapsedMs) const
{
    for (const Step &s : steps) {
        if (elapsedMs < s.untilMs)
            return s.intervalMs;
    }
    return laterIntervalMs;
}

int WatchSchedule::nextIntervalMs(qint64 elapsedMs, bool reconnecting) const
{
    const int interval = intervalAt(elapsedMs);
    return reconnecting ? std::min(interval, reconnectIntervalMs) : interval;
}

WatchSchedule WatchSchedule::fastForTests()
{
    WatchSchedule s;
    s.steps = {{1000, 50}};
    s.laterIntervalMs = 100;
    s.reconnectIntervalMs = 100;
    s.notFoundGraceMs = 300;
    return s;
}

} // namespace pdc

// Whether a policy's change windows and freezes let a trigger go at an instant, and the banner that says
// so. Pure: the instant is passed in (from the Clock), every zone is the explicit IANA zone of the
// window or freeze (QTimeZone), never the machine's.
//
// Rules:
// - A freeze beats a window: inside any freeze the state is Frozen, until the end of the freeze (freezes
//   that overlap or touch are one freeze; the reason is the one of the freeze covering `now` that ends
//   last, or the first one of those).
// - No windows in the policy: any time outside a freeze is open (Unrestricted).
// - A window opens on each of its days at `start` local time and closes at `end` local time, on the
//   same day when end > start, else on the next day (crossing midnight; end == start: 24 hours). The
//   window is half open: open at start, closed at end. Windows that overlap or touch are one opening.
// - DST: a local time is reached the FIRST time the wall clock in the window's zone shows it. A local
//   time that does not exist that day (spring forward, e.g. 02:30 in Europe/Berlin on the last Sunday of
//   March) is reached at the instant the clock jumps over it (03:00 CEST = 01:00 UTC). A local time that
//   exists twice (fall back, e.g. 02:30 on the last Sunday of October) is reached at its first, summer
//   time, occurrence (00:30 UTC). So a window's length in hours follows the wall clock: one hour shorter
//   or longer on a DST day when the change falls inside it.
// - Closed: the next opening is the first instant, within 400 days, that is inside a window and not in a
//   freeze (a window that opens inside a freeze opens when the freeze ends, if the window still runs).
#pragma once

#include "policy/policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace pdc {

struct WindowStatus
{
    enum class State
    {
        Unrestricted, // no change windows; not frozen
        Open,         // inside a change window
        Closed,       // outside every window
        Frozen,       // inside a freeze (whatever the windows say)
    };
    State state = State::Unrestricted;
    QDateTime untilUtc;       // Open: when the window closes; Frozen: when the freeze ends
    QDateTime nextOpeningUtc; // Closed (and Frozen with windows): when a trigger may next go; invalid: none
    QString zone;             // the zone of the window or freeze the times belong to
    QString freezeReason;     // Frozen

    bool allowsTrigger() const { return state == State::Unrestricted || state == State::Open; }
};

WindowStatus evaluateWindows(const SafeguardPolicy &policy, const QDateTime &now);

// The instant a local date and time in `zone` is reached, by the DST rule above.
QDateTime reachedAt(const QDate &date, const QTime &time, const QTimeZone &zone);

// The banner line, with times in the status' zone and, in parentheses, in the viewer's zone when that
// differs ("Change window open until 22:00 Europe/Berlin (21:00 UTC)", "FROZEN until Mon 6 Jan 09:00
// Europe/Berlin: year-end freeze"). Day and date are shown (in both parts) when the time is not on
// today's date in either zone, and always for a freeze. Names of days and months come from the default
// QLocale.
class WindowBanner
{
    Q_DECLARE_TR_FUNCTIONS(WindowBanner)
public:
    static QString text(const WindowStatus &status, const QDateTime &now, const QTimeZone &viewerZone);
    // "22:00 Europe/Berlin (21:00 UTC)": an instant in `zone` and the viewer's zone.
    static QString instantText(const QDateTime &instant, const QString &zone, const QDateTime &now,
                               const QTimeZone &viewerZone, bool alwaysDate = false);
};

} // namespace pdc

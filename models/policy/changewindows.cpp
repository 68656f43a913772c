#include "changewindows.h"

#include <QLocale>
#include <algorithm>

namespace pdc {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kSearchDays = 400;

struct Interval
{
    qint64 start; // ms since epoch, UTC
    qint64 end;
    QString zone;
};

qint64 offsetMs(const QTimeZone &zone, qint64 utcMs)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Every opening of the windows whose local start day lies from `days before` to `daysAfter` days after
// the local date of `around` in the window's zone.
QList<Interval> openings(const QList<ChangeWindow> &windows, qint64 around, int daysBefore, int daysAfter)
{
    QList<Interval> out;
    for (const ChangeWindow &w : windows) {
        const QTimeZone zone(w.zone.toUtf8());
        if (!zone.isValid() || !w.start.isValid() || !w.end.isValid())
            continue; // the decoder refuses these; a hand-built window with one never opens
        const QDate today = utcOf(around).toTimeZone(zone).date();
        for (int d = -daysBefore; d <= daysAfter; ++d) {
            const QDate day = today.addDays(d);
            if (!w.days.contains(day.dayOfWeek()))
                continue;
            const QDate endDay = w.crossesMidnight() ? day.addDays(1) : day;
            const qint64 s = reachedAt(day, w.start, zone).toMSecsSinceEpoch();
            const qint64 e = reachedAt(endDay, w.end, zone).toMSecsSinceEpoch();
            if (e > s)
                out << Interval{s, e, w.zone};
        }
    }
    std::sort(out.begin(), out.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    return out;
}

// The freeze covering `t` that ends last, or nullptr.
const Freeze *freezeAt(const QList<Freeze> &freezes, qint64 t)
{
    const Freeze *found = nullptr;
    for (const Freeze &f : freezes) {
        if (f.covers(utcOf(t)) && (!found || f.to > found->to))
            found = &f;
    }
    return found;
}

// The end of the freeze covering `t`, following freezes that overlap or touch it.
qint64 freezeEnd(const QList<Freeze> &freezes, qint64 t)
{
    qint64 until = t;
    while (const Freeze *f = freezeAt(freezes, until))
        until = f->to.toMSecsSinceEpoch();
    return until;
}

// The first instant at or after `from` inside a window and outside every freeze; nullopt within the
// search horizon.
std::optional<Interval> nextAllowed(const SafeguardPolicy &policy, qint64 from)
{
    const QList<Interval> list = openings(policy.windows, from, 2, kSearchDays);
    for (const Interval &i : list) {
        if (i.end <= from)
            continue;
        const qint64 t = freezeEnd(policy.freezes, std::max(i.start, from));
        if (t < i.end)
            return Interval{t, i.end, i.zone};
    }
    return std::nullopt;
}

} // namespace

QDateTime reachedAt(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch(); // the wall clock read as UTC
    const qint64 before = offsetMs(zone, wall - 36 * kHourMs);
    const qint64 after = offsetMs(zone, wall + 36 * kHourMs);
    std::optional<qint64> first;
    for (const qint64 offset : {before, after}) {
        const qint64 candidate = wall - offset;
        if (offsetMs(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return utcOf(*first);
    // The clock skips this time: the instant of the jump lies between the two readings.
    qint64 lo = wall - std::max(before, after);
    qint64 hi = wall - std::min(before, after);
    const qint64 offsetBeforeJump = offsetMs(zone, lo);
    while (hi - lo > 1000) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetMs(zone, mid) == offsetBeforeJump)
            lo = mid;
        else
            hi = mid;
    }
    return utcOf(hi - hi % 1000);
}

WindowStatus evaluateWindows(const SafeguardPolicy &policy, const QDateTime &now)
{
    WindowStatus s;
    const qint64 t = now.toMSecsSinceEpoch();
    if (const Freeze *f = freezeAt(policy.freezes, t)) {
        s.state = WindowStatus::State::Frozen;
        const qint64 until = freezeEnd(policy.freezes, t);
        s.untilUtc = utcOf(until);
        s.zone = f->zone;
        s.freezeReason = f->reason;
        if (policy.windows.isEmpty()) {
            s.nextOpeningUtc = s.untilUtc;
        } else if (const auto next = nextAllowed(policy, until)) {
            s.nextOpeningUtc = utcOf(next->start);
        }
        return s;
    }
    if (policy.windows.isEmpty())
        return s;

    const QList<Interval> list = openings(policy.windows, t, 2, kSearchDays);
    const auto open = std::find_if(list.cbegin(), list.cend(),
                                   [t](const Interval &i) { return i.start <= t && t < i.end; });
    if (open == list.cend()) {
        s.state = WindowStatus::State::Closed;
        if (const auto next = nextAllowed(policy, t)) {
            s.nextOpeningUtc = utcOf(next->start);
            s.zone = next->zone;
        }
        return s;
    }
    s.state = WindowStatus::State::Open;
    s.zone = open->zone;
    qint64 until = t;
    for (const Interval &i : list) { // sorted by start: openings that overlap or touch join
        if (i.start > until)
            break;
        if (i.end > until) {
            until = i.end;
            if (i.start <= t)
                s.zone = i.zone;
        }
    }
    for (const Freeze &f : policy.freezes) { // a freeze starting before the window closes closes it
        const qint64 from = f.from.toMSecsSinceEpoch();
        if (from > t && from < until)
            until = from;
    }
    s.untilUtc = utcOf(until);
    return s;
}

QString WindowBanner::instantText(const QDateTime &instant, const QString &zone, const QDateTime &now,
                                  const QTimeZone &viewerZone, bool alwaysDate)
{
    QTimeZone primary(zone.toUtf8());
    QString primaryName = zone;
    if (!primary.isValid()) {
        primary = viewerZone;
        primaryName = QString::fromUtf8(viewerZone.id());
    }
    const bool showViewer = viewerZone.isValid() && viewerZone.id() != primary.id();
    const auto otherDay = [&](const QTimeZone &z) {
        return instant.toTimeZone(z).date() != now.toTimeZone(z).date();
    };
    // A date in both parts as soon as either is on another day than today there.
    const bool withDate = alwaysDate || otherDay(primary) || (showViewer && otherDay(viewerZone));
    const QLocale locale;
    const auto format = [&](const QTimeZone &z, const QString &name) {
        const QDateTime local = instant.toTimeZone(z);
        const QString time = local.toString(QStringLiteral("HH:mm"));
        if (withDate)
            return tr("%1 %2 %3", "day and date, time, zone: Mon 6 Jan 09:00 Europe/Berlin")
                .arg(locale.toString(local.date(), QStringLiteral("ddd d MMM")), time, name);
        return tr("%1 %2", "time, zone: 22:00 Europe/Berlin").arg(time, name);
    };
    const QString main = format(primary, primaryName);
    if (showViewer)
        return tr("%1 (%2)", "an instant in the window's zone, then in the viewer's")
            .arg(main, format(viewerZone, QString::fromUtf8(viewerZone.id())));
    return main;
}

QString WindowBanner::text(const WindowStatus &status, const QDateTime &now, const QTimeZone &viewerZone)
{
    switch (status.state) {
    case WindowStatus::State::Unrestricted:
        return tr("No change window applies: upgrades may go at any time");
    case WindowStatus::State::Open:
        return tr("Change window open until %1")
            .arg(instantText(status.untilUtc, status.zone, now, viewerZone));
    case WindowStatus::State::Closed:
        if (!status.nextOpeningUtc.isValid())
            return tr("Outside every change window: none opens in the next %n day(s)", nullptr, kSearchDays);
        return tr("Outside every change window: the next opens %1")
            .arg(instantText(status.nextOpeningUtc, status.zone, now, viewerZone));
    case WindowStatus::State::Frozen:
        return tr("FROZEN until %1: %2")
            .arg(instantText(status.untilUtc, status.zone, now, viewerZone, true), status.freezeReason);
    }
    return {};
}

} // namespace pdc

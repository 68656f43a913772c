#include "historyweeks.h"

#include <QMap>
#include <QTimeZone>
#include <algorithm>
#include <array>

namespace pdc {

OutcomeBucket outcomeBucket(const UpgradeState &state)
{
    switch (state.kind) {
    case UpgradeState::Kind::Success:
        return OutcomeBucket::Success;
    case UpgradeState::Kind::Partial:
        return OutcomeBucket::Partial;
    case UpgradeState::Kind::Failed:
        return OutcomeBucket::Failed;
    case UpgradeState::Kind::Pending:
    case UpgradeState::Kind::InProgress:
        return OutcomeBucket::Running;
    case UpgradeState::Kind::Unknown:
        break;
    }
    return OutcomeBucket::Other;
}

QDate weekStartOf(const QDateTime &t)
{
    const QDate d = t.toUTC().date();
    return d.addDays(1 - d.dayOfWeek());
}

QDateTime weekBeginUtc(const QDate &weekStart)
{
    return QDateTime(weekStart, QTime(0, 0), Qt::UTC);
}

QList<WeekOutcomes> weeklyOutcomes(const std::vector<const HistoryRow *> &rows)
{
    QMap<QDate, WeekOutcomes> weeks;
    for (const HistoryRow *r : rows) {
        if (r->startedMs < 0)
            continue;
        const QDate week = weekStartOf(QDateTime::fromMSecsSinceEpoch(r->startedMs, Qt::UTC));
        WeekOutcomes &w = weeks[week];
        w.weekStart = week;
        switch (outcomeBucket(r->summary.state)) {
        case OutcomeBucket::Success:
            ++w.success;
            break;
        case OutcomeBucket::Partial:
            ++w.partial;
            break;
        case OutcomeBucket::Failed:
            ++w.failed;
            break;
        case OutcomeBucket::Running:
            ++w.running;
            break;
        case OutcomeBucket::Other:
            ++w.other;
            break;
        }
    }
    QList<WeekOutcomes> out;
    if (weeks.isEmpty())
        return out;
    for (QDate d = weeks.firstKey(); d <= weeks.lastKey(); d = d.addDays(7)) {
        WeekOutcomes w = weeks.value(d);
        w.weekStart = d;
        out << w;
    }
    return out;
}

QList<DurationPoint> durationPoints(const std::vector<const HistoryRow *> &rows, int maxPerBucket)
{
    std::array<std::vector<const HistoryRow *>, 5> byBucket;
    for (const HistoryRow *r : rows) {
        if (r->durationMs >= 0)
            byBucket[size_t(outcomeBucket(r->summary.state))].push_back(r);
    }
    QList<DurationPoint> out;
    for (size_t b = 0; b < byBucket.size(); ++b) {
        auto &list = byBucket[b];
        std::sort(list.begin(), list.end(),
                  [](const HistoryRow *x, const HistoryRow *y) { return x->startedMs < y->startedMs; });
        const size_t n = list.size();
        const size_t take = std::min(n, size_t(std::max(1, maxPerBucket)));
        for (size_t k = 0; k < take; ++k) {
            const HistoryRow *r = list[take == n ? k : k * n / take];
            out << DurationPoint{r->startedMs, double(r->durationMs) / 60000.0, OutcomeBucket(b)};
        }
    }
    return out;
}

HistoryChartData historyChartData(const HistoryView &view)
{
    std::vector<const HistoryRow *> rows;
    rows.reserve(size_t(view.size()));
    for (int i = 0; i < view.size(); ++i)
        rows.push_back(&view.row(i));
    HistoryChartData data;
    data.weeks = weeklyOutcomes(rows);
    data.durations = durationPoints(rows);
    data.rowCount = view.size();
    return data;
}

} // namespace pdc

// What the History charts show, computed from the rows of the filtered view (pure functions):
// outcomes per ISO week (Monday 00:00 UTC) by result, and a sample of durations over time.
#pragma once

#include "historyindex.h"
#include "historyrow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <vector>

namespace pdc {

struct WeekOutcomes
{
    QDate weekStart; // a Monday (UTC)
    int success = 0;
    int partial = 0;
    int failed = 0;
    int running = 0; // PENDING, IN_PROGRESS
    int other = 0;   // results this console does not know
    int total() const { return success + partial + failed + running + other; }
};

enum class OutcomeBucket
{
    Success,
    Partial,
    Failed,
    Running,
    Other,
};

OutcomeBucket outcomeBucket(const UpgradeState &state);

// Every week from the first to the last upgrade of `rows` (empty weeks included), oldest first.
QList<WeekOutcomes> weeklyOutcomes(const std::vector<const HistoryRow *> &rows);

// The Monday (UTC) of the week holding `t`.
QDate weekStartOf(const QDateTime &t);
// [start, end) of a week, in UTC.
QDateTime weekBeginUtc(const QDate &weekStart);

struct DurationPoint
{
    qint64 startedMs = 0;
    double minutes = 0;
    OutcomeBucket bucket = OutcomeBucket::Other;
};

// Finished upgrades' durations, at most `maxPerBucket` per bucket (evenly spread over time), so a chart
// of 100,000 upgrades stays responsive; failed and partial ones are kept first.
QList<DurationPoint> durationPoints(const std::vector<const HistoryRow *> &rows, int maxPerBucket = 1500);

// Everything the History charts draw for one view, computed in one pass off the GUI thread.
struct HistoryChartData
{
    QList<WeekOutcomes> weeks; // every week, oldest first
    QList<DurationPoint> durations;
    int rowCount = 0; // rows of the view
};

HistoryChartData historyChartData(const HistoryView &view);

} // namespace pdc

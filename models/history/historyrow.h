// One upgrade of the history as the table holds it: the summary exactly as the portal sent it, plus keys
// computed once when the row is built (times in ms, a lowercase search text, a lowercase scope) so that
// filtering and sorting 100,000 rows never formats or lowercases anything per keystroke.
#pragma once

#include "domain/upgrade.h"

#include <QString>
#include <vector>

namespace pdc {

struct HistoryRow
{
    UpgradeSummary summary;
    qint64 startedMs = -1;  // created_at, ms since epoch (UTC); -1 when missing
    qint64 finishedMs = -1; // completed_at; -1 while running or unknown
    qint64 durationMs = -1; // finished - started; -1 when either is missing
    QString scope;          // "all: agent, orchestrator, customer-portal"
    QString scopeKey;       // scope, lowercase
    QString initiatorKey;   // initiated_by, lowercase
    QString searchKey;      // id, initiator, scope, version, result, message; lowercase, '\n'-separated

    static HistoryRow from(const UpgradeSummary &summary);
    static std::vector<HistoryRow> from(const QList<UpgradeSummary> &summaries);

    const QString &upgradeId() const { return summary.upgradeId; }
    const QString &result() const { return summary.state.raw; }
    bool isFailedOrPartial() const
    {
        return summary.state.kind == UpgradeState::Kind::Failed ||
               summary.state.kind == UpgradeState::Kind::Partial;
    }
};

// The table's columns, in display order.
enum class HistoryColumn
{
    Started,
    Finished,
    Duration,
    UpgradeId,
    InitiatedBy,
    Scope,
    ServiceCount,
    Version,
    Forced,
    Result,
    Count
};

constexpr int historyColumnCount = int(HistoryColumn::Count);

// "1 h 02 min", "3 min 05 s", "42 s"; empty for a negative duration.
QString formatDuration(qint64 ms);

} // namespace pdc

#include "historyrow.h"

#include <QCoreApplication>

namespace pdc {

HistoryRow HistoryRow::from(const UpgradeSummary &summary)
{
    HistoryRow row;
    row.summary = summary;
    if (summary.createdAt.isValid())
        row.startedMs = summary.createdAt.toMSecsSinceEpoch();
    if (summary.completedAt.isValid())
        row.finishedMs = summary.completedAt.toMSecsSinceEpoch();
    if (row.startedMs >= 0 && row.finishedMs >= row.startedMs)
        row.durationMs = row.finishedMs - row.startedMs;
    const QString services = summary.services.join(QStringLiteral(", "));
    if (summary.service.isEmpty())
        row.scope = services;
    else if (services.isEmpty() || services == summary.service)
        row.scope = summary.service;
    else
        row.scope = summary.service + QStringLiteral(": ") + services;
    row.scopeKey = row.scope.toLower();
    row.initiatorKey = summary.initiatedBy.toLower();
    const QChar sep = QLatin1Char('\n');
    row.searchKey = (summary.upgradeId + sep + summary.initiatedBy + sep + row.scope + sep + summary.version +
                     sep + summary.state.raw + sep + summary.message)
                        .toLower();
    return row;
}

std::vector<HistoryRow> HistoryRow::from(const QList<UpgradeSummary> &summaries)
{
    std::vector<HistoryRow> rows;
    rows.reserve(size_t(summaries.size()));
    for (const UpgradeSummary &s : summaries)
        rows.push_back(from(s));
    return rows;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    const qint64 h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (h > 0)
        return QCoreApplication::translate("pdc::HistoryRow", "%1 h %2 min")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QCoreApplication::translate("pdc::HistoryRow", "%1 min %2 s")
            .arg(m)
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("pdc::HistoryRow", "%1 s").arg(sec);
}

} // namespace pdc

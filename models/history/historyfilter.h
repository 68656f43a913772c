// What the History table shows: a date range, a result, an initiator, a service and free text.
// matches() only compares precomputed keys (see HistoryRow), so a pass over 100,000 rows is a few ms.
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace pdc {

struct HistoryRow;

struct HistoryFilter
{
    QDateTime from;    // started at or after (UTC); invalid = open
    QDateTime until;   // started before (UTC); invalid = open
    QString result;    // the result string exactly as the portal sends it; empty = any
    QString initiator; // initiated_by exactly; empty = any
    QString service;   // a concrete service or the requested target; empty = any
    QString text;      // words, each must occur (case-insensitive) in id, initiator, scope, version,
                       // result or message
    // Only upgrades started under an emergency override (issue 16): those in `overridden`, the ids the
    // table's override marks name (historymarks.h; the area keeps it current). Immutable and shared, so a
    // worker can read it; a new set is a new pointer (and so a changed filter).
    bool overridesOnly = false;
    std::shared_ptr<const QSet<QString>> overridden;

    bool isEmpty() const;
    bool matches(const HistoryRow &row) const;
    // For export headers and logs: "started 2026-11-01T00:00:00Z .. 2026-11-08T00:00:00Z; result FAILED"
    // (English, stable: it is part of an audit file), "none" when empty.
    QString describe() const;

    friend bool operator==(const HistoryFilter &, const HistoryFilter &) = default;
};

// A filter prepared for a pass over many rows: the text split into lowercase words once.
class PreparedFilter
{
public:
    explicit PreparedFilter(const HistoryFilter &filter);
    bool matches(const HistoryRow &row) const;
    bool acceptsAll() const { return m_all; }

private:
    HistoryFilter m_filter;
    qint64 m_fromMs = 0, m_untilMs = 0;
    bool m_hasFrom = false, m_hasUntil = false, m_all = true;
    QStringList m_words;
};

} // namespace pdc

#include "historyfilter.h"

#include "historyrow.h"

namespace pdc {

bool HistoryFilter::isEmpty() const
{
    return !from.isValid() && !until.isValid() && result.isEmpty() && initiator.isEmpty() &&
           service.isEmpty() && text.trimmed().isEmpty() && !overridesOnly;
}

bool HistoryFilter::matches(const HistoryRow &row) const
{
    return PreparedFilter(*this).matches(row);
}

QString HistoryFilter::describe() const
{
    if (isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    if (from.isValid() || until.isValid())
        parts << QStringLiteral("started %1 .. %2")
                     .arg(from.isValid() ? from.toUTC().toString(Qt::ISODate) : QStringLiteral("*"),
                          until.isValid() ? until.toUTC().toString(Qt::ISODate) : QStringLiteral("*"));
    if (!result.isEmpty())
        parts << QStringLiteral("result %1").arg(result);
    if (!initiator.isEmpty())
        parts << QStringLiteral("initiated by %1").arg(initiator);
    if (!service.isEmpty())
        parts << QStringLiteral("service %1").arg(service);
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral("search \"%1\"").arg(text.trimmed());
    if (overridesOnly)
        parts << QStringLiteral("emergency overrides only");
    return parts.join(QStringLiteral("; "));
}

PreparedFilter::PreparedFilter(const HistoryFilter &filter)
    : m_filter(filter)
{
    m_hasFrom = filter.from.isValid();
    m_hasUntil = filter.until.isValid();
    if (m_hasFrom)
        m_fromMs = filter.from.toMSecsSinceEpoch();
    if (m_hasUntil)
        m_untilMs = filter.until.toMSecsSinceEpoch();
    m_words = filter.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_all = filter.isEmpty();
}

bool PreparedFilter::matches(const HistoryRow &row) const
{
    if (m_all)
        return true;
    if (m_hasFrom && row.startedMs < m_fromMs)
        return false;
    if (m_hasUntil && row.startedMs >= m_untilMs)
        return false;
    if (!m_filter.result.isEmpty() && row.summary.state.raw != m_filter.result)
        return false;
    if (!m_filter.initiator.isEmpty() && row.summary.initiatedBy != m_filter.initiator)
        return false;
    if (!m_filter.service.isEmpty() && row.summary.service != m_filter.service &&
        !row.summary.services.contains(m_filter.service))
        return false;
    if (m_filter.overridesOnly &&
        (!m_filter.overridden || !m_filter.overridden->contains(row.summary.upgradeId)))
        return false;
    for (const QString &word : m_words) {
        if (!row.searchKey.contains(word))
            return false;
    }
    return true;
}

} // namespace pdc

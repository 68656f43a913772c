// An instant written as ISO 8601 without an offset, read as UTC ("2026-03-29T01:00:00"): how the rule
// tests (policy windows, approvals, the production gate) name the moments of their stories.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace testsupport {

inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace testsupport

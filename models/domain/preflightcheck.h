// One pre-flight check of the runbook's "before starting" list, its result and the operator's
// override reason (a failed or unknown check blocks the trigger unless overridden with a reason).
#pragma once

#include <QDateTime>
#include <QString>

namespace pdc {

struct PreflightCheck
{
    enum class Result
    {
        Pass,
        Fail,
        Unknown,
    };
    QString id; // stable: tenant, session, health, connectors, providers, no_running_upgrade
    QString title;
    Result result = Result::Unknown;
    QString detail;
    QDateTime checkedAt;
    QString overrideReason; // empty = not overridden

    bool blocks() const { return result != Result::Pass && overrideReason.trimmed().isEmpty(); }
    static QString resultWire(Result r)
    {
        switch (r) {
        case Result::Pass:
            return QStringLiteral("pass");
        case Result::Fail:
            return QStringLiteral("fail");
        case Result::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
};

} // namespace pdc

// What the console saw of one watched upgrade: the latest status, a sample of every service's task
// counts at each observation (for the timeline chart) and every state transition with its time.
#pragma once

#include "domain/upgrade.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pdc {

struct ServiceSample
{
    QDateTime at;
    QString service;
    int running = 0;
    int desired = 0;
    int pending = 0;
    UpgradeState state;
};

struct StateTransition
{
    QDateTime at;
    QString subject; // empty = the upgrade's overall state, else the service's wire name
    QString from;    // raw state before (empty at the first observation)
    QString to;      // raw state now
    QString message;
};

class UpgradeTimeline
{
public:
    explicit UpgradeTimeline(QString upgradeId = QString());

    // Records one poll answer; returns the transitions it produced (overall first).
    QList<StateTransition> observe(const UpgradeStatus &status, const QDateTime &observedAt);

    QString upgradeId() const { return m_upgradeId; }
    const std::optional<UpgradeStatus> &latest() const { return m_latest; }
    QDateTime firstObservedAt() const { return m_first; }
    QDateTime lastObservedAt() const { return m_last; }
    const QList<ServiceSample> &samples() const { return m_samples; }
    const QList<StateTransition> &transitions() const { return m_transitions; }
    // When each service's state last changed (as observed).
    QDateTime lastChangeOf(const QString &service) const;
    QStringList failedServices() const;

private:
    QString m_upgradeId;
    std::optional<UpgradeStatus> m_latest;
    QDateTime m_first;
    QDateTime m_last;
    QList<ServiceSample> m_samples;
    QList<StateTransition> m_transitions;
};

} // namespace pdc

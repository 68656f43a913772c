#include "upgradetimeline.h"

namespace pdc {

UpgradeTimeline::UpgradeTimeline(QString upgradeId)
    : m_upgradeId(std::move(upgradeId))
{}

QList<StateTransition> UpgradeTimeline::observe(const UpgradeStatus &status, const QDateTime &observedAt)
{
    QList<StateTransition> produced;
    if (!m_first.isValid())
        m_first = observedAt;
    m_last = observedAt;
    const QString previousOverall = m_latest ? m_latest->state.raw : QString();
    if (!m_latest || !(m_latest->state == status.state))
        produced.append({observedAt, QString(), previousOverall, status.state.raw, status.message});
    for (const ServiceStatus &s : status.services) {
        QString before;
        bool known = false;
        if (m_latest) {
            for (const ServiceStatus &old : m_latest->services) {
                if (old.service == s.service) {
                    before = old.state.raw;
                    known = true;
                }
            }
        }
        if (!known || before != s.state.raw)
            produced.append({observedAt, s.service, before, s.state.raw, s.message});
        m_samples.append({observedAt, s.service, s.runningCount.value_or(0), s.desiredCount.value_or(0),
                          s.pendingCount.value_or(0), s.state});
    }
    m_latest = status;
    m_transitions.append(produced);
    return produced;
}

QDateTime UpgradeTimeline::lastChangeOf(const QString &service) const
{
    for (auto it = m_transitions.crbegin(); it != m_transitions.crend(); ++it) {
        if (it->subject == service)
            return it->at;
    }
    return {};
}

QStringList UpgradeTimeline::failedServices() const
{
    QStringList failed;
    if (!m_latest)
        return failed;
    for (const ServiceStatus &s : m_latest->services) {
        if (s.state.kind == UpgradeState::Kind::Failed || s.rolloutState == QLatin1String("FAILED"))
            failed.append(s.service);
    }
    return failed;
}

} // namespace pdc

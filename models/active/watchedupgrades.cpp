#include "watchedupgrades.h"

#include "active/watchstore.h"
#include "domain/clock.h"
#include "records/recordjournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatched, "console.models.active")

namespace pdc {

WatchedUpgrades::WatchedUpgrades(PortalGateway *gateway, std::unique_ptr<WatchStore> store,
                                 RecordJournal *journal, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_store(std::move(store))
    , m_journal(journal)
    , m_clock(clock)
    , m_portalKey(portalKeyOf(gateway->profile()))
{
    connect(gateway, &PortalGateway::upgradeObserved, this, &WatchedUpgrades::onObserved);
    connect(gateway, &PortalGateway::watchLinkChanged, this, &WatchedUpgrades::onLink);
}

WatchedUpgrades::~WatchedUpgrades() = default;

QString WatchedUpgrades::portalKeyOf(const ConnectionProfile &profile)
{
    return profile.portalKey();
}

void WatchedUpgrades::watch(const QString &upgradeId)
{
    if (upgradeId.isEmpty())
        return;
    if (m_timelines.find(upgradeId) == m_timelines.end()) {
        m_timelines.emplace(upgradeId, std::make_unique<UpgradeTimeline>(upgradeId));
        m_order.append(upgradeId);
        m_links.insert(upgradeId, WatchLink::Live);
        if (m_store)
            m_store->add(m_portalKey, upgradeId);
        qCInfo(lcWatched) << "watching" << upgradeId;
        emit added(upgradeId);
    }
    if (!m_gateway->watchedUpgrades().contains(upgradeId) && !m_finalSeen.contains(upgradeId))
        m_gateway->watchUpgrade(upgradeId);
}

void WatchedUpgrades::remove(const QString &upgradeId)
{
    if (m_timelines.erase(upgradeId) == 0)
        return;
    m_order.removeAll(upgradeId);
    m_finalSeen.remove(upgradeId); // watching it again later polls it again (its timeline starts empty)
    m_links.remove(upgradeId);
    m_linkDetails.remove(upgradeId);
    m_gateway->unwatchUpgrade(upgradeId);
    if (m_store)
        m_store->remove(m_portalKey, upgradeId);
    emit removed(upgradeId);
}

QStringList WatchedUpgrades::resumeSaved()
{
    const QStringList saved = m_store ? m_store->unfinished(m_portalKey) : QStringList();
    for (const QString &id : saved)
        watch(id);
    return saved;
}

const UpgradeTimeline *WatchedUpgrades::timeline(const QString &upgradeId) const
{
    const auto it = m_timelines.find(upgradeId);
    return it == m_timelines.end() ? nullptr : it->second.get();
}

void WatchedUpgrades::onObserved(const UpgradeStatus &status, const QDateTime &observedAt)
{
    const auto it = m_timelines.find(status.upgradeId);
    if (it == m_timelines.end())
        return;
    UpgradeTimeline &timeline = *it->second;
    const QString previous = timeline.latest() ? timeline.latest()->state.raw : QString();
    const QList<StateTransition> transitions = timeline.observe(status, observedAt);
    if (!transitions.isEmpty())
        recordState(timeline, previous);
    if (m_links.value(status.upgradeId) != WatchLink::Live && !status.state.isFinal())
        onLink(status.upgradeId, WatchLink::Live, QString());
    emit updated(status.upgradeId, transitions);
    if (status.state.isFinal() && !m_finalSeen.contains(status.upgradeId)) {
        m_finalSeen.insert(status.upgradeId);
        if (m_store)
            m_store->markFinished(m_portalKey, status.upgradeId);
        emit finalReached(status.upgradeId, status.state);
    }
}

void WatchedUpgrades::onLink(const QString &upgradeId, WatchLink link, const QString &detail)
{
    if (m_timelines.find(upgradeId) == m_timelines.end())
        return;
    if (m_links.value(upgradeId) == link && m_linkDetails.value(upgradeId) == detail)
        return;
    m_links.insert(upgradeId, link);
    m_linkDetails.insert(upgradeId, detail);
    emit linkChanged(upgradeId, link);
}

void WatchedUpgrades::recordState(const UpgradeTimeline &timeline, const QString &previous)
{
    if (!m_journal || !timeline.latest())
        return;
    const UpgradeStatus &status = *timeline.latest();
    QJsonArray services;
    for (const ServiceStatus &s : status.services) {
        services.append(QJsonObject{{QStringLiteral("service"), s.service},
                                    {QStringLiteral("state"), s.state.raw},
                                    {QStringLiteral("rollout_state"), s.rolloutState},
                                    {QStringLiteral("running"), s.runningCount.value_or(-1)},
                                    {QStringLiteral("desired"), s.desiredCount.value_or(-1)},
                                    {QStringLiteral("message"), s.message}});
    }
    // Only overall changes are records; the first observation after a restart repeats nothing
    // already recorded.
    if (previous == status.state.raw)
        return;
    if (const auto last = m_journal->latest(status.upgradeId, QStringLiteral("upgrade.state"))) {
        if (last->payload.value(QStringLiteral("state")).toString() == status.state.raw)
            return;
    }
    const QJsonObject payload{
        {QStringLiteral("state"), status.state.raw},
        {QStringLiteral("previous"), previous},
        {QStringLiteral("message"), status.message},
        {QStringLiteral("observed_at"), timeline.lastObservedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("services"), services}};
    if (!m_journal->append(status.upgradeId, QStringLiteral("upgrade.state"), author(), payload))
        qCWarning(lcWatched) << "could not record state of" << status.upgradeId << m_journal->errorString();
}

QString WatchedUpgrades::author() const
{
    const auto session = m_gateway->session();
    return session ? session->user.username : m_gateway->profile().username;
}

} // namespace pdc

// The upgrades this console watches: one UpgradeTimeline each, fed by the gateway's poll answers.
// Every observed overall state change is written to the journal at once ("upgrade.state"), watch ids
// are kept in the local store (WatchStore) so they resume after a restart, and the link state
// (live, reconnecting, session lost) is kept apart from the upgrade's state: a lost connection is
// never a failed upgrade.
#pragma once

#include "active/upgradetimeline.h"
#include "portalgateway.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <map>
#include <memory>

namespace pdc {

class Clock;
class RecordJournal;
class WatchStore;

class WatchedUpgrades : public QObject
{
    Q_OBJECT
public:
    // store may be null (nothing persisted); the watch list owns it.
    WatchedUpgrades(PortalGateway *gateway, std::unique_ptr<WatchStore> store, RecordJournal *journal,
                    const Clock *clock, QObject *parent = nullptr);
    ~WatchedUpgrades() override;

    static QString portalKeyOf(const ConnectionProfile &profile);

    // Starts (or keeps) watching; persisted at once.
    void watch(const QString &upgradeId);
    // Stops watching and forgets the id.
    void remove(const QString &upgradeId);
    // Watches every stored, unfinished id of this portal; returns them.
    QStringList resumeSaved();

    ConnectionProfile profile() const { return m_gateway->profile(); }
    QStringList ids() const { return m_order; }
    const UpgradeTimeline *timeline(const QString &upgradeId) const;
    WatchLink link(const QString &upgradeId) const { return m_links.value(upgradeId, WatchLink::Live); }
    QString linkDetail(const QString &upgradeId) const { return m_linkDetails.value(upgradeId); }

signals:
    void added(const QString &upgradeId);
    void removed(const QString &upgradeId);
    void updated(const QString &upgradeId, const QList<pdc::StateTransition> &transitions);
    void linkChanged(const QString &upgradeId, pdc::WatchLink link);
    // The upgrade reached SUCCESS, FAILED or PARTIAL (emitted once per watch).
    void finalReached(const QString &upgradeId, const pdc::UpgradeState &state);

private:
    void onObserved(const UpgradeStatus &status, const QDateTime &observedAt);
    void onLink(const QString &upgradeId, WatchLink link, const QString &detail);
    void recordState(const UpgradeTimeline &timeline, const QString &previous);
    QString author() const;

    PortalGateway *m_gateway;
    std::unique_ptr<WatchStore> m_store;
    RecordJournal *m_journal;
    const Clock *m_clock;
    QString m_portalKey;
    QStringList m_order;
    std::map<QString, std::unique_ptr<UpgradeTimeline>> m_timelines;
    QMap<QString, WatchLink> m_links;
    QMap<QString, QString> m_linkDetails;
    QSet<QString> m_finalSeen;
};

} // namespace pdc

// Keeps a HistoryTableModel filled: first from the local cache (read on a worker thread), then from the
// portal (GET /api/v1/deployments/upgrades, every page; decoded off the GUI thread by the gateway),
// writing each page to the cache on a worker. After one complete refresh, the next asks only for what
// changed since the portal's server_time of that refresh (updated_since).
//
// When the portal cannot be reached the cached rows stay and state() says Unreachable, with
// lastRefreshedAt() for the "cached, last refreshed at ..." notice.
//
// Upgrades the console watches are not left to the next refresh: each observed status is applied to
// the table and the cache at once (applyObserved), so a final state shows the moment it is known. A
// page that is older than an observation (by updated_at, or not final where the observation is) does
// not take it back.
// Records the portal sent but the client could not read (HistoryFetch::recordsUnreadable) do not stop a
// refresh: the others are shown and unreadable() names the ones left out (for "N records could not be
// read"). A refresh that left records out does not move the next updated_since past them, so the next
// refresh asks for them again (and names them again while they still cannot be read).
#pragma once

#include "domain/apierror.h"
#include "domain/upgrade.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <optional>

namespace pdc {

class Clock;
class HistoryFetch;
class HistoryTableModel;
class LocalStore;
class PortalGateway;

class HistorySync : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,         // nothing loaded yet
        LoadingCache, // reading the local cache
        Fetching,     // pages are arriving from the portal
        Current,      // the last refresh completed
        Unreachable,  // the portal could not be reached; the cached rows are shown
        Failed,       // the portal answered with an error (e.g. session expired); see error()
    };
    Q_ENUM(State)

    HistorySync(HistoryTableModel *model, LocalStore *store, const Clock *clock, QObject *parent = nullptr);
    ~HistorySync() override;

    void setGateway(PortalGateway *gateway) { m_gateway = gateway; }
    // Which portal's rows the cache holds (ConnectionProfile::portalKey()).
    void setPortalKey(const QString &key) { m_portalKey = key; }
    void setPageSize(int limit) { m_pageSize = limit; }

    // Reads the cache; refreshes from the portal afterwards when `refreshAfter`.
    void start(bool refreshAfter = true);
    // Fetches what is new (everything, the first time). Deferred while the cache is being read.
    void refresh();
    void cancel();
    // The latest status of a watched upgrade: its row is added or replaced now and written to the cache.
    void applyObserved(const UpgradeStatus &status);
    // The summary a status stands for in the history (the fields a history page carries).
    static UpgradeSummary summaryOf(const UpgradeStatus &status);

    State state() const { return m_state; }
    std::optional<ApiError> error() const { return m_error; }
    QDateTime lastRefreshedAt() const { return m_lastRefreshedAt; }
    QDateTime lastServerTime() const { return m_serverTime; }
    qint64 received() const { return m_received; }
    // The records the last refresh could not read (empty when it read every record).
    QList<UnreadableRecord> unreadable() const { return m_unreadable; }
    std::optional<qint64> expected() const { return m_total; }
    bool cacheLoaded() const { return m_cacheLoaded; }
    // GUI-thread time spent handing pages to the model since the last refresh started (benchmarks); the
    // model's own publishing time is HistoryTableModel::publishNs().
    qint64 applyTimeMs() const { return m_applyNs / 1000000; }
    qint64 longestApplyMs() const { return m_longestApplyNs / 1000000; }
    // Blocks until pending cache writes are done (tests, shutdown).
    void waitForWrites();

signals:
    void stateChanged(pdc::HistorySync::State state);
    void cacheLoadFinished(int rows);
    void progress(qint64 received, std::optional<qint64> total);
    // A refresh completed (state Current) or stopped (Unreachable/Failed).
    void refreshFinished();

private:
    void setState(State state);
    void onPage(const QList<UpgradeSummary> &upgrades, qint64 received, std::optional<qint64> total);
    void onUnreadable(const QList<UnreadableRecord> &records);
    void onFinished(const std::optional<ApiError> &error, const QDateTime &serverTime);
    void writeToCache(const QList<UpgradeSummary> &upgrades);
    // After rows were replaced from the cache: what was observed since is shown again where it is newer.
    void reapplyObserved();

    HistoryTableModel *m_model;
    LocalStore *m_store;
    const Clock *m_clock;
    PortalGateway *m_gateway = nullptr;
    QString m_portalKey;
    QString m_dbPath;
    int m_pageSize = 1000;
    QThreadPool m_pool; // one thread: cache reads and writes in order
    QPointer<HistoryFetch> m_fetch;
    State m_state = State::Idle;
    std::optional<ApiError> m_error;
    QList<UnreadableRecord> m_unreadable;
    QDateTime m_lastRefreshedAt, m_serverTime;
    qint64 m_received = 0;
    qint64 m_applyNs = 0, m_longestApplyNs = 0;
    std::optional<qint64> m_total;
    QHash<QString, UpgradeSummary> m_observed; // by upgrade id: what the watch list saw last
    bool m_cacheLoaded = false, m_refreshPending = false, m_schemaOk = false, m_cacheFirstShown = false;
    // How many of the newest cached rows are shown before the rest of the cache is read.
    static constexpr int firstCachedRows = 500;
};

} // namespace pdc

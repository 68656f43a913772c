#include "historysync.h"

#include "domain/clock.h"
#include "historycache.h"
#include "historylogging.h"
#include "historytablemodel.h"
#include "portalgateway.h"
#include "store/localstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace pdc {

namespace {
bool ended(const UpgradeSummary &s)
{
    return hasEnded(s.state, s.completedAt);
}

// True when the observation says more than the page: it ended and the page does not say so, or it is
// newer by updated_at.
bool observedIsNewer(const UpgradeSummary &observed, const UpgradeSummary &page)
{
    if (ended(observed) != ended(page))
        return ended(observed);
    return observed.updatedAt.isValid() && page.updatedAt.isValid() && observed.updatedAt > page.updatedAt;
}
} // namespace

HistorySync::HistorySync(HistoryTableModel *model, LocalStore *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    if (m_store) {
        m_dbPath = m_store->path();
        QString error;
        m_schemaOk = HistoryCache::ensureSchema(m_store, &error);
        if (!m_schemaOk)
            qCWarning(lcHistory) << "history cache unavailable:" << error;
    }
}

HistorySync::~HistorySync()
{
    cancel();
    m_pool.waitForDone();
}

void HistorySync::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void HistorySync::start(bool refreshAfter)
{
    m_refreshPending = m_refreshPending || refreshAfter;
    if (!m_schemaOk) {
        m_cacheLoaded = true;
        emit cacheLoadFinished(0);
        if (m_refreshPending)
            refresh();
        return;
    }
    setState(State::LoadingCache);
    m_cacheFirstShown = false;
    auto *watcher = new QFutureWatcher<std::shared_ptr<HistoryCacheSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto snap = watcher->result();
        m_cacheLoaded = true;
        if (!snap->error.isEmpty())
            qCWarning(lcHistory) << "history cache read failed:" << snap->error;
        m_serverTime = snap->serverTime;
        m_lastRefreshedAt = snap->refreshedAt;
        const int rows = snap->firstBatch + int(snap->rows.size());
        // The newest rows are shown already (queued before this); the rest is merged on the model's worker.
        if (m_cacheFirstShown)
            m_model->upsertRows(std::move(snap->rows));
        else if (rows > 0)
            m_model->setRows(std::move(snap->rows));
        reapplyObserved();
        m_model->prepareSorting();
        qCInfo(lcHistory) << "cache:" << rows << "rows, last refreshed" << m_lastRefreshedAt;
        if (m_state == State::LoadingCache)
            setState(State::Idle);
        emit cacheLoadFinished(rows);
        if (m_refreshPending)
            refresh();
    });
    const QString path = m_dbPath, key = m_portalKey;
    // Runs on the pool; `this` outlives it (the destructor waits for the pool) and the queued call is
    // dropped if this object is gone by then.
    auto onFirst = [this](std::vector<HistoryRow> &&first) {
        auto rows = std::make_shared<std::vector<HistoryRow>>(std::move(first));
        QMetaObject::invokeMethod(
            this,
            [this, rows] {
                m_cacheFirstShown = true;
                m_model->setRows(std::move(*rows));
                reapplyObserved();
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, key, onFirst] {
        return std::make_shared<HistoryCacheSnapshot>(
            HistoryCache::load(path, key, firstCachedRows, onFirst));
    }));
}

void HistorySync::refresh()
{
    if (!m_cacheLoaded) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    if (m_fetch || !m_gateway)
        return;
    HistoryQuery query;
    query.limit = m_pageSize;
    if (m_serverTime.isValid() && m_model->totalCount() > 0)
        query.updatedSince = m_serverTime;
    m_received = 0;
    m_applyNs = m_longestApplyNs = 0;
    m_total.reset();
    m_error.reset();
    m_unreadable.clear();
    qCInfo(lcHistory) << "refresh, updated_since" << query.updatedSince;
    m_fetch = m_gateway->fetchHistory(query);
    connect(m_fetch, &HistoryFetch::recordsUnreadable, this, &HistorySync::onUnreadable);
    connect(m_fetch, &HistoryFetch::pageReceived, this, &HistorySync::onPage);
    connect(m_fetch, &HistoryFetch::finished, this, &HistorySync::onFinished);
    setState(State::Fetching);
    emit progress(0, std::nullopt);
}

void HistorySync::cancel()
{
    if (m_fetch) {
        HistoryFetch *fetch = m_fetch;
        m_fetch = nullptr;
        disconnect(fetch, nullptr, this, nullptr);
        fetch->cancel();
    }
}

void HistorySync::onPage(const QList<UpgradeSummary> &page, qint64 received, std::optional<qint64> total)
{
    m_received = received;
    m_total = total;
    QElapsedTimer apply;
    apply.start();
    QList<UpgradeSummary> upgrades = page;
    if (!m_observed.isEmpty()) {
        for (UpgradeSummary &s : upgrades) {
            const auto seen = m_observed.constFind(s.upgradeId);
            if (seen != m_observed.constEnd() && observedIsNewer(*seen, s))
                s = *seen;
        }
    }
    m_model->upsertSummaries(upgrades); // rows are built and merged on the model's worker
    const qint64 ns = apply.nsecsElapsed();
    m_applyNs += ns;
    m_longestApplyNs = std::max(m_longestApplyNs, ns);
    writeToCache(upgrades);
    emit progress(received, total);
}

void HistorySync::applyObserved(const UpgradeStatus &status)
{
    if (status.upgradeId.isEmpty())
        return;
    const UpgradeSummary summary = summaryOf(status);
    m_observed.insert(summary.upgradeId, summary);
    m_model->upsertSummaries({summary});
    writeToCache({summary});
}

void HistorySync::reapplyObserved()
{
    QList<UpgradeSummary> newer;
    for (const UpgradeSummary &seen : std::as_const(m_observed)) {
        const HistoryRow *row = m_model->find(seen.upgradeId);
        if (!row || observedIsNewer(seen, row->summary))
            newer.append(seen);
    }
    if (!newer.isEmpty())
        m_model->upsertSummaries(newer);
}

UpgradeSummary HistorySync::summaryOf(const UpgradeStatus &status)
{
    UpgradeSummary s;
    s.upgradeId = status.upgradeId;
    s.state = status.state;
    s.service = status.service;
    for (const ServiceStatus &svc : status.services)
        s.services.append(svc.service);
    if (!status.services.isEmpty())
        s.serviceCount = int(status.services.size());
    s.version = status.version;
    s.forceNewDeployment = status.forceNewDeployment;
    s.initiatedBy = status.initiatedBy;
    s.createdAt = status.createdAt;
    s.updatedAt = status.updatedAt;
    s.completedAt = status.completedAt;
    s.message = status.message;
    return s;
}

void HistorySync::writeToCache(const QList<UpgradeSummary> &upgrades)
{
    if (!m_schemaOk || upgrades.isEmpty())
        return;
    const QString path = m_dbPath, key = m_portalKey;
    m_pool.start([path, key, upgrades] { HistoryCache::write(path, key, upgrades); });
}

void HistorySync::onUnreadable(const QList<UnreadableRecord> &records)
{
    m_unreadable += records;
    qCWarning(lcHistory) << records.size() << "history records could not be read, e.g."
                         << records.first().field;
}

void HistorySync::onFinished(const std::optional<ApiError> &error, const QDateTime &serverTime)
{
    m_fetch = nullptr;
    if (error) {
        m_error = error;
        qCWarning(lcHistory) << "refresh stopped:" << error->kindName() << error->message;
        const bool unreachable = error->kind == ApiError::Kind::Offline ||
                                 error->kind == ApiError::Kind::Timeout ||
                                 error->kind == ApiError::Kind::Tls || error->isTransient();
        setState(unreachable ? State::Unreachable : State::Failed);
        emit refreshFinished();
        return;
    }
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    m_lastRefreshedAt = now;
    // With records left out, the next refresh asks again from the same point instead of from this one.
    if (serverTime.isValid() && m_unreadable.isEmpty())
        m_serverTime = serverTime;
    if (m_schemaOk) {
        const QString path = m_dbPath, key = m_portalKey;
        const QDateTime st = m_serverTime;
        m_pool.start([path, key, st, now] { HistoryCache::markRefreshed(path, key, st, now); });
    }
    m_model->prepareSorting();
    setState(State::Current);
    emit refreshFinished();
}

void HistorySync::waitForWrites()
{
    m_pool.waitForDone();
}

} // namespace pdc

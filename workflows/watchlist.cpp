#include "watchlist.h"

#include "active/watchstore.h"
#include "domain/clock.h"
#include "portalgateway.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "workflowslogging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace pdc {

struct WatchList::Watch
{
    enum class Phase
    {
        Polling, // a poll is scheduled or out
        Paused,  // waiting for a session
        Stopped, // final, or the portal said it cannot be watched
        Removed, // no longer in the list; answers still out are dropped
    };

    explicit Watch(const QString &upgradeId)
        : id(upgradeId)
        , timeline(upgradeId)
    {}
    ~Watch()
    {
        // The context may be the one delivering right now: it goes on the next turn of the event loop.
        if (context)
            context->deleteLater();
    }
    Watch(const Watch &) = delete;
    Watch &operator=(const Watch &) = delete;

    QString id;
    UpgradeTimeline timeline;
    Phase phase = Phase::Polling;
    std::optional<WatchLink> link; // none until the first answer (link() says Live meanwhile)
    QString detail;
    bool inFlight = false;
    bool finalSeen = false;
    bool answered = false;     // the portal has answered for this upgrade at least once
    QElapsedTimer since;       // the schedule counts from here
    QPointer<QObject> context; // the context of the poll out; owns the timer
    QPointer<QTimer> timer;
};

WatchList::WatchList(PortalGateway *gateway, std::unique_ptr<WatchStore> store, RecordJournal *journal,
                     const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_store(std::move(store))
    , m_journal(journal)
    , m_clock(clock)
    , m_portalKey(gateway->profile().portalKey())
{
    qRegisterMetaType<pdc::WatchLink>();
    qRegisterMetaType<pdc::UpgradeStatus>();
    connect(gateway, &PortalGateway::sessionExpired, this,
            [this] { sessionLost(QStringLiteral("The portal session expired; sign in again to resume.")); });
    connect(gateway, &PortalGateway::sessionChanged, this, &WatchList::sessionChanged);
}

WatchList::~WatchList() = default;

bool WatchList::hasEnded(const UpgradeStatus &status)
{
    return pdc::hasEnded(status.state, status.completedAt);
}

ConnectionProfile WatchList::profile() const
{
    return m_gateway->profile();
}

WatchList::WatchPtr WatchList::find(const QString &upgradeId) const
{
    const auto it = m_watches.find(upgradeId);
    return it == m_watches.end() ? nullptr : it->second;
}

bool WatchList::isPolling(const QString &upgradeId) const
{
    const WatchPtr w = find(upgradeId);
    return w && w->phase == Watch::Phase::Polling;
}

const UpgradeTimeline *WatchList::timeline(const QString &upgradeId) const
{
    const WatchPtr w = find(upgradeId);
    return w ? &w->timeline : nullptr;
}

WatchLink WatchList::link(const QString &upgradeId) const
{
    const WatchPtr w = find(upgradeId);
    return w ? w->link.value_or(WatchLink::Live) : WatchLink::Stopped;
}

QString WatchList::linkDetail(const QString &upgradeId) const
{
    const WatchPtr w = find(upgradeId);
    return w ? w->detail : QString();
}

void WatchList::watch(const QString &upgradeId)
{
    if (upgradeId.isEmpty())
        return;
    if (const WatchPtr known = find(upgradeId)) {
        if (known->phase == Watch::Phase::Stopped && !known->finalSeen) {
            known->since.start();
            startPolling(known);
        }
        return;
    }
    auto w = std::make_shared<Watch>(upgradeId);
    w->context = new QObject(this);
    w->timer = new QTimer(w->context);
    w->timer->setSingleShot(true);
    const std::weak_ptr<Watch> weak = w;
    connect(w->timer, &QTimer::timeout, this, [this, weak] {
        if (const WatchPtr alive = weak.lock())
            poll(alive);
    });
    m_watches.emplace(upgradeId, w);
    m_order.append(upgradeId);
    if (m_store)
        m_store->add(m_portalKey, upgradeId);
    qCInfo(lcWorkflows) << "watching" << upgradeId;
    emit added(upgradeId);
    if (w->phase == Watch::Phase::Removed)
        return;
    w->since.start();
    if (m_sessionLost)
        pause(w, QStringLiteral("Not signed in; watching starts after sign-in."));
    else
        startPolling(w);
}

void WatchList::remove(const QString &upgradeId)
{
    const auto it = m_watches.find(upgradeId);
    if (it == m_watches.end())
        return;
    const WatchPtr w = it->second;
    w->phase = Watch::Phase::Removed;
    if (w->timer)
        w->timer->stop();
    m_watches.erase(it);
    m_order.removeAll(upgradeId);
    if (m_store)
        m_store->remove(m_portalKey, upgradeId);
    qCInfo(lcWorkflows) << "stopped watching" << upgradeId;
    emit removed(upgradeId);
}

QStringList WatchList::resumeSaved()
{
    const QStringList saved = m_store ? m_store->unfinished(m_portalKey) : QStringList();
    for (const QString &id : saved)
        watch(id);
    return saved;
}

void WatchList::startPolling(const WatchPtr &w)
{
    w->phase = Watch::Phase::Polling;
    poll(w);
}

void WatchList::poll(const WatchPtr &w)
{
    if (w->phase != Watch::Phase::Polling || w->inFlight)
        return;
    w->inFlight = true;
    const std::weak_ptr<Watch> weak = w;
    m_gateway->pollUpgrade(w->id, w->context, [this, weak](const Result<UpgradeStatus> &answer) {
        if (const WatchPtr alive = weak.lock())
            handle(alive, answer);
    });
}

void WatchList::scheduleNext(const WatchPtr &w, bool reconnecting)
{
    if (w->phase != Watch::Phase::Polling || !w->timer)
        return;
    w->timer->start(m_schedule.nextIntervalMs(w->since.elapsed(), reconnecting));
}

void WatchList::handle(const WatchPtr &w, const Result<UpgradeStatus> &answer)
{
    w->inFlight = false;
    if (w->phase == Watch::Phase::Removed || w->phase == Watch::Phase::Stopped)
        return;
    if (answer.ok()) {
        UpgradeStatus status = answer.value();
        if (!status.upgradeId.isEmpty() && !sameUpgradeId(status.upgradeId, w->id)) {
            stop(w,
                 QStringLiteral("Asked for %1, the portal answered with the status of another upgrade, %2; "
                                "it is not shown as this one.")
                     .arg(w->id, status.upgradeId));
            return;
        }
        // Observers know the upgrade by the id they watch; the portal's own spelling may differ in case.
        status.upgradeId = w->id;
        w->answered = true;
        observe(w, status);
        return;
    }
    if (w->phase == Watch::Phase::Paused)
        return; // the next session polls it
    const ApiError &e = answer.error();
    switch (e.kind) {
    case ApiError::Kind::SessionExpired:
        if (m_gateway->session() || m_gateway->isSigningIn()) {
            // Sent before (or during) the sign-in that is now in place: poll again under the new session.
            setLink(w, WatchLink::Reconnecting,
                    QStringLiteral("A poll sent before the new sign-in was refused; polling again."));
            scheduleNext(w, true);
        } else {
            sessionLost(e.message);
        }
        return;
    case ApiError::Kind::NotFound:
        if (!w->answered) {
            const qint64 waited = w->since.elapsed();
            if (waited < m_schedule.notFoundGraceMs) {
                // Read-after-write: a portal may not know an upgrade it has just accepted.
                setLink(w, WatchLink::Reconnecting,
                        QStringLiteral("The portal does not know %1 yet (404); asking again for up to %2 s "
                                       "in case it was only just accepted.")
                            .arg(w->id)
                            .arg(m_schedule.notFoundGraceMs / 1000.0));
                scheduleNext(w, true);
                return;
            }
            stop(w, QStringLiteral("%1 (still unknown %2 s after the watch began)")
                        .arg(e.message)
                        .arg(waited / 1000.0, 0, 'f', 1));
            return;
        }
        stop(w, e.message);
        return;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Validation:
        stop(w, e.message);
        return;
    case ApiError::Kind::Cancelled:
        scheduleNext(w, false);
        return;
    default:
        // Offline, timeout, 5xx, 429, TLS, a body that did not decode: the portal may be restarting
        // (a customer-portal upgrade does that). Keep polling.
        setLink(w, WatchLink::Reconnecting, e.message);
        scheduleNext(w, true);
        return;
    }
}

void WatchList::observe(const WatchPtr &w, const UpgradeStatus &status)
{
    const QDateTime at = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QString previous = w->timeline.latest() ? w->timeline.latest()->state.raw : QString();
    const QList<StateTransition> transitions = w->timeline.observe(status, at);
    if (!transitions.isEmpty())
        recordState(w->timeline, previous);
    const bool final = hasEnded(status);
    if (final) {
        w->phase = Watch::Phase::Stopped;
        if (w->timer)
            w->timer->stop();
    }
    if (w->phase != Watch::Phase::Paused)
        setLink(w, WatchLink::Live, QString());
    // A slot may remove the watch (or remove it and watch it again) at any of these signals.
    emit observed(status, at);
    if (w->phase == Watch::Phase::Removed)
        return;
    emit updated(w->id, transitions);
    if (w->phase == Watch::Phase::Removed)
        return;
    if (!final) {
        scheduleNext(w, false);
        return;
    }
    if (!w->finalSeen) {
        w->finalSeen = true;
        if (m_store)
            m_store->markFinished(m_portalKey, w->id);
        qCInfo(lcWorkflows) << "final state" << w->id << status.state.raw;
        emit finalReached(w->id, status.state);
        if (w->phase == Watch::Phase::Removed)
            return;
    }
    setLink(w, WatchLink::Stopped, QStringLiteral("The upgrade finished: %1").arg(status.state.raw));
}

void WatchList::pause(const WatchPtr &w, const QString &detail)
{
    w->phase = Watch::Phase::Paused;
    if (w->timer)
        w->timer->stop();
    setLink(w, WatchLink::SessionLost, detail);
}

void WatchList::stop(const WatchPtr &w, const QString &detail)
{
    w->phase = Watch::Phase::Stopped;
    if (w->timer)
        w->timer->stop();
    setLink(w, WatchLink::Stopped, detail);
}

void WatchList::setLink(const WatchPtr &w, WatchLink link, const QString &detail)
{
    if (w->link == std::optional(link) && w->detail == detail)
        return;
    w->link = link;
    w->detail = detail;
    qCInfo(lcWorkflows).noquote() << "watch" << w->id << "link" << int(link) << detail;
    emit linkChanged(w->id, link, detail);
}

void WatchList::sessionLost(const QString &detail)
{
    m_sessionLost = true;
    const QStringList ids = m_order; // slots may change the list
    for (const QString &id : ids) {
        const WatchPtr w = find(id);
        if (w && w->phase == Watch::Phase::Polling)
            pause(w, detail);
    }
}

void WatchList::sessionChanged()
{
    if (!m_gateway->session())
        return; // signed out, or a sign-in started: a 401 to a poll tells which
    m_sessionLost = false;
    const QStringList ids = m_order; // oldest first; slots may change the list
    for (const QString &id : ids) {
        const WatchPtr w = find(id);
        if (w && w->phase == Watch::Phase::Paused)
            startPolling(w);
    }
}

void WatchList::recordState(const UpgradeTimeline &timeline, const QString &previous)
{
    if (!m_journal || !timeline.latest())
        return;
    const UpgradeStatus &status = *timeline.latest();
    // Only overall changes are records; the first observation after a restart repeats nothing
    // already recorded.
    if (previous == status.state.raw)
        return;
    if (const auto last = m_journal->latest(status.upgradeId, recordkind::UpgradeState)) {
        if (last->payload.value(QStringLiteral("state")).toString() == status.state.raw)
            return;
    }
    QJsonArray services;
    for (const ServiceStatus &s : status.services) {
        services.append(QJsonObject{{QStringLiteral("service"), s.service},
                                    {QStringLiteral("state"), s.state.raw},
                                    {QStringLiteral("rollout_state"), s.rolloutState},
                                    {QStringLiteral("running"), s.runningCount.value_or(-1)},
                                    {QStringLiteral("desired"), s.desiredCount.value_or(-1)},
                                    {QStringLiteral("message"), s.message}});
    }
    const QJsonObject payload{
        {QStringLiteral("state"), status.state.raw},
        {QStringLiteral("previous"), previous},
        {QStringLiteral("message"), status.message},
        {QStringLiteral("observed_at"), timeline.lastObservedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("services"), services}};
    if (!m_journal->append(status.upgradeId, recordkind::UpgradeState, author(), payload))
        qCWarning(lcWorkflows) << "could not record state of" << status.upgradeId << m_journal->errorString();
}

QString WatchList::author() const
{
    const auto session = m_gateway->session();
    return session ? session->user.username : m_gateway->profile().username;
}

} // namespace pdc

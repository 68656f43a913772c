#include "upgradewatch.h"

#include "apilogging.h"

namespace pdc {

UpgradeWatch::UpgradeWatch(QString upgradeId, WatchSchedule schedule, QObject *parent)
    : QObject(parent)
    , m_id(std::move(upgradeId))
    , m_schedule(std::move(schedule))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UpgradeWatch::poll);
}

void UpgradeWatch::start()
{
    m_since.start();
    poll();
}

void UpgradeWatch::poll()
{
    if (m_paused || m_stopped || m_inFlight)
        return;
    m_inFlight = true;
    emit pollDue(this);
}

void UpgradeWatch::pause(const QString &detail)
{
    if (m_stopped)
        return;
    m_paused = true;
    m_timer.stop();
    setLink(WatchLink::SessionLost, detail);
}

void UpgradeWatch::resume()
{
    if (m_stopped || !m_paused)
        return;
    m_paused = false;
    poll();
}

void UpgradeWatch::stop(const QString &detail)
{
    if (m_stopped)
        return;
    m_timer.stop();
    setLink(WatchLink::Stopped, detail);
    m_stopped = true;
    emit stopped(m_id);
}

void UpgradeWatch::setLink(WatchLink link, const QString &detail)
{
    if (m_link == link)
        return;
    m_link = link;
    qCInfo(lcApi).noquote() << "watch" << m_id << "link" << int(link) << detail;
    emit linkChanged(m_id, link, detail);
}

void UpgradeWatch::scheduleNext(bool reconnecting)
{
    if (m_paused || m_stopped)
        return;
    int interval = m_schedule.intervalAt(m_since.elapsed());
    if (reconnecting)
        interval = std::min(interval, m_schedule.reconnectIntervalMs);
    m_timer.start(interval);
}

void UpgradeWatch::handle(const Result<UpgradeStatus> &answer)
{
    m_inFlight = false;
    if (m_stopped || m_paused)
        return;
    if (answer.ok()) {
        setLink(WatchLink::Live, QString());
        emit observed(answer.value());
        if (answer.value().state.isFinal()) {
            stop(QStringLiteral("The upgrade finished: %1").arg(answer.value().state.raw));
            return;
        }
        scheduleNext(false);
        return;
    }
    const ApiError &e = answer.error();
    switch (e.kind) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::SessionExpired:
        pause(e.message);
        return;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Validation:
        stop(e.message);
        return;
    default:
        // Offline, timeout, 5xx, 429, TLS, a body that did not decode: the portal may be restarting
        // (a customer-portal upgrade does that). Keep polling.
        setLink(WatchLink::Reconnecting, e.message);
        scheduleNext(true);
        return;
    }
}

} // namespace pdc

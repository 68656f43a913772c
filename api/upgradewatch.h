// One watched upgrade: when to poll next (WatchSchedule), how the link is (WatchLink) and when to stop.
// PortalClient does the polling (pollDue) and hands every answer back through handle().
#pragma once

#include "clientoptions.h"
#include "domain/apierror.h"
#include "domain/upgrade.h"
#include "portalgateway.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

namespace pdc {

class UpgradeWatch final : public QObject
{
    Q_OBJECT
public:
    UpgradeWatch(QString upgradeId, WatchSchedule schedule, QObject *parent = nullptr);

    QString upgradeId() const { return m_id; }
    std::optional<WatchLink> link() const { return m_link; }
    bool isPaused() const { return m_paused; }
    void setSchedule(const WatchSchedule &schedule) { m_schedule = schedule; }

    void start();                      // polls now
    void pause(const QString &detail); // SessionLost: no polling until resume()
    void resume();                     // polls now
    void stop(const QString &detail);  // Stopped
    void handle(const Result<UpgradeStatus> &answer);

signals:
    void pollDue(pdc::UpgradeWatch *watch);
    void observed(const pdc::UpgradeStatus &status);
    void linkChanged(const QString &upgradeId, pdc::WatchLink link, const QString &detail);
    void stopped(const QString &upgradeId);

private:
    void setLink(WatchLink link, const QString &detail);
    void scheduleNext(bool reconnecting);
    void poll();

    QString m_id;
    WatchSchedule m_schedule;
    QTimer m_timer;
    QElapsedTimer m_since;
    std::optional<WatchLink> m_link;
    bool m_inFlight = false;
    bool m_paused = false;
    bool m_stopped = false;
};

} // namespace pdc

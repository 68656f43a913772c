// The live status of one watched upgrade: the overall state (colour and words), the link to the portal
// (live, reconnecting, session expired: never shown as a failure), elapsed time against the estimate,
// per-service rows, the timeline chart, the log of every state transition and, for PARTIAL or FAILED,
// the guidance panel. A final state offers the validation checklist.
#pragma once

#include "active/upgradetimeline.h"
#include "domain/connectionprofile.h"
#include "watchlist.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pdc {

class Clock;
class GuidancePanel;
class StateBadge;
class TimelineChart;

class UpgradeStatusPane : public QWidget
{
    Q_OBJECT
public:
    UpgradeStatusPane(QString upgradeId, ConnectionProfile profile, const Clock *clock,
                      QWidget *parent = nullptr);

    QString upgradeId() const { return m_upgradeId; }
    void update(const UpgradeTimeline &timeline, const QList<StateTransition> &transitions);
    void setLink(WatchLink link, const QString &detail);
    void setNotification(const QString &text);

    StateBadge *badge() const { return m_badge; }
    QLabel *linkLabel() const { return m_link; }
    QTableWidget *servicesTable() const { return m_services; }
    QPlainTextEdit *transitionLog() const { return m_log; }
    GuidancePanel *guidance() const { return m_guidance; }
    TimelineChart *chart() const { return m_chart; }
    QPushButton *checklistButton() const { return m_checklist; }
    QString notice() const;

signals:
    void checklistRequested(const QString &upgradeId);
    void stopWatchingRequested(const QString &upgradeId);

private:
    void tick();
    void fitServicesTable();

    QString m_upgradeId;
    ConnectionProfile m_profile;
    const Clock *m_clock;
    std::optional<UpgradeStatus> m_latest;
    QDateTime m_firstSeen;
    StateBadge *m_badge = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_notification = nullptr;
    QTableWidget *m_services = nullptr;
    TimelineChart *m_chart = nullptr;
    QPlainTextEdit *m_log = nullptr;
    GuidancePanel *m_guidance = nullptr;
    QPushButton *m_checklist = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace pdc

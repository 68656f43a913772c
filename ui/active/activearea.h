// The Active area: one status pane per watched upgrade, several at once; it shows the console's one
// WatchList (workflows/watchlist.h) and polls nothing itself. Upgrades arrive through the Navigator
// (triggered here, a 409, History) and from the saved watches. A final state raises a desktop
// notification (system tray when there is one) and offers the validation checklist.
#pragma once

#include <QMap>
#include <QWidget>

class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace pdc {

class Clock;
class EmptyState;
class Navigator;
class UpgradeStatusPane;
class WatchList;
struct UpgradeState;

class ActiveArea : public QWidget
{
    Q_OBJECT
public:
    explicit ActiveArea(const Clock *clock, QWidget *parent = nullptr);
    // Shows these watches (owned elsewhere; they outlive the area) and serves the navigator's watch
    // requests.
    void attach(WatchList *watched, Navigator *navigator);
    WatchList *watched() const { return m_watched; }

    UpgradeStatusPane *pane(const QString &upgradeId) const { return m_panes.value(upgradeId); }
    QTabWidget *tabs() const { return m_tabs; }
    void focusUpgrade(const QString &upgradeId);

signals:
    // A watched upgrade reached a final state (after the notification was raised).
    void finalReached(const QString &upgradeId);

private:
    void addPane(const QString &upgradeId);
    void removePane(const QString &upgradeId);
    void onUpdated(const QString &upgradeId);
    void onFinal(const QString &upgradeId, const UpgradeState &state);
    void refreshTabTitle(const QString &upgradeId);

    WatchList *m_watched = nullptr;
    Navigator *m_navigator = nullptr;
    const Clock *m_clock;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMap<QString, UpgradeStatusPane *> m_panes;
};

} // namespace pdc

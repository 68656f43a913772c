#include "activearea.h"

#include "shell/emptystate.h"
#include "shell/navigator.h"
#include "statebadge.h"
#include "upgradestatuspane.h"
#include "watchlist.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcActive, "console.ui.active")

namespace pdc {

ActiveArea::ActiveArea(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("activeArea"));
    setAccessibleName(tr("Active upgrades"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setTitle(tr("No upgrades are being watched"));
    m_empty->setText(tr("Upgrades you start or open from History are watched here until they finish. "
                        "Watches resume after the console restarts."));
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("activeTabs"));
    m_tabs->setAccessibleName(tr("Watched upgrades"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Portal Deployment Console"));
    }
}

void ActiveArea::attach(WatchList *watched, Navigator *navigator)
{
    m_watched = watched;
    m_navigator = navigator;
    connect(m_watched, &WatchList::added, this, &ActiveArea::addPane);
    connect(m_watched, &WatchList::removed, this, &ActiveArea::removePane);
    connect(m_watched, &WatchList::updated, this,
            [this](const QString &id, const QList<StateTransition> &transitions) {
                UpgradeStatusPane *p = m_panes.value(id);
                const UpgradeTimeline *t = m_watched->timeline(id);
                if (p && t)
                    p->update(*t, transitions);
                refreshTabTitle(id);
            });
    connect(m_watched, &WatchList::linkChanged, this,
            [this](const QString &id, WatchLink link, const QString &detail) {
                if (UpgradeStatusPane *p = m_panes.value(id))
                    p->setLink(link, detail);
                refreshTabTitle(id);
            });
    connect(m_watched, &WatchList::finalReached, this, &ActiveArea::onFinal);
    if (m_navigator) {
        connect(m_navigator, &Navigator::watchRequested, this, [this](const QString &id) {
            m_watched->watch(id);
            focusUpgrade(id);
        });
    }
    for (const QString &id : m_watched->ids())
        addPane(id);
}

void ActiveArea::addPane(const QString &upgradeId)
{
    if (m_panes.contains(upgradeId))
        return;
    auto *pane = new UpgradeStatusPane(upgradeId, m_watched->profile(), m_clock, m_tabs);
    m_panes.insert(upgradeId, pane);
    m_tabs->addTab(pane, upgradeId);
    connect(pane, &UpgradeStatusPane::checklistRequested, this, [this](const QString &id) {
        if (m_navigator)
            emit m_navigator->checklistRequested(id);
    });
    connect(pane, &UpgradeStatusPane::stopWatchingRequested, m_watched, &WatchList::remove);
    if (const UpgradeTimeline *t = m_watched->timeline(upgradeId); t && t->latest())
        pane->update(*t, t->transitions());
    m_stack->setCurrentWidget(m_tabs);
    refreshTabTitle(upgradeId);
}

void ActiveArea::removePane(const QString &upgradeId)
{
    UpgradeStatusPane *pane = m_panes.take(upgradeId);
    if (!pane)
        return;
    m_tabs->removeTab(m_tabs->indexOf(pane));
    pane->deleteLater();
    if (m_panes.isEmpty())
        m_stack->setCurrentWidget(m_empty);
}

void ActiveArea::focusUpgrade(const QString &upgradeId)
{
    if (UpgradeStatusPane *p = m_panes.value(upgradeId))
        m_tabs->setCurrentWidget(p);
}

void ActiveArea::refreshTabTitle(const QString &upgradeId)
{
    UpgradeStatusPane *p = m_panes.value(upgradeId);
    if (!p)
        return;
    const UpgradeTimeline *t = m_watched->timeline(upgradeId);
    QString state = t && t->latest() ? StateBadge::stateWords(t->latest()->state) : tr("waiting");
    if (m_watched->link(upgradeId) == WatchLink::Reconnecting)
        state = tr("reconnecting");
    else if (m_watched->link(upgradeId) == WatchLink::SessionLost)
        state = tr("paused");
    m_tabs->setTabText(m_tabs->indexOf(p), tr("%1 \u2014 %2").arg(upgradeId.right(12), state));
}

void ActiveArea::onFinal(const QString &upgradeId, const UpgradeState &state)
{
    const QString title = tr("Upgrade %1: %2").arg(upgradeId, StateBadge::stateWords(state));
    QString text;
    if (state.kind == UpgradeState::Kind::Success)
        text = tr("Finished. Validate it with the checklist.");
    else if (state.isKnown())
        text =
            tr("Finished with %1. See the guidance in the Active area.").arg(StateBadge::stateWords(state));
    else
        text = tr("Ended in a state this console does not know. Check the services in the Active area and "
                  "the portal.");
    qCInfo(lcActive) << "final state" << upgradeId << state.raw;
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, text,
                            state.kind == UpgradeState::Kind::Success ? QSystemTrayIcon::Information
                                                                      : QSystemTrayIcon::Warning,
                            10000);
    }
    if (UpgradeStatusPane *p = m_panes.value(upgradeId))
        p->setNotification(state.isFinal()
                               ? tr("%1 \u2014 %2 Press \u201cStart Validation Checklist\u201d when "
                                    "ready.")
                                     .arg(title, text)
                               : tr("%1 \u2014 %2").arg(title, text));
    emit finalReached(upgradeId);
}

} // namespace pdc

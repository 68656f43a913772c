// How the areas of the console hand work to each other without knowing each other: an area asks for
// something (watch this upgrade, open its checklist, show it in History) and whichever area serves that
// request listens. One instance per main window, passed in by app/; never a global.
#pragma once

#include <QObject>
#include <QString>

namespace pdc {

class Navigator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // An upgrade was triggered here (recorded in the journal) or picked for watching (409, History).
    void watchRequested(const QString &upgradeId);
    // A watched upgrade reached a final state, or the operator asked for its checklist.
    void checklistRequested(const QString &upgradeId);
    // Show this upgrade's detail in History.
    void historyDetailRequested(const QString &upgradeId);
    // Something changed the local records of this upgrade (trigger, checklist, sign-off).
    void recordsChanged(const QString &upgradeId);
    // The console's watch list saw this upgrade reach a final state (SUCCESS, FAILED or PARTIAL); sent
    // once per watch by app/ for areas that do not hold the watch list.
    void watchedUpgradeFinished(const QString &upgradeId);
};

} // namespace pdc

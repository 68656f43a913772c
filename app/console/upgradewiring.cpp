#include "upgradewiring.h"

#include "appcontext.h"
#include "preflight.h"
#include "safeguardwiring.h"
#include "shell/mainwindow.h"
#include "upgrade/upgradepane.h"
#include "upgradetrigger.h"

namespace pdc {

UpgradePane *wireUpgradeArea(const AppContext &context, MainWindow *window)
{
    // The rules (pre-flight verdicts, the trigger's key, records and deadline) live in the workflows; the
    // pane shows them and owns them.
    auto *preflight = new Preflight(context.gateway, context.clock);
    auto *flow = new UpgradeTrigger(context.gateway, context.journal, context.clock);
    auto *pane = new UpgradePane(context.portal, preflight, flow, context.navigator);
    preflight->setParent(pane);
    flow->setParent(pane);
    QObject::connect(pane, &UpgradePane::showActiveRequested, window,
                     [window] { window->showArea(MainWindow::Area::Active); });
    window->setArea(MainWindow::Area::Upgrade, pane);
    // The production safeguards' banner, approval panel, menu and notifications (issue 16).
    wireSafeguards(context, window, pane);
    return pane;
}

} // namespace pdc

#include "upgradewiring.h"

#include "appcontext.h"
#include "shell/mainwindow.h"
#include "upgrade/upgradepane.h"

namespace pdc {

UpgradePane *wireUpgradeArea(const AppContext &context, MainWindow *window)
{
    auto *pane = new UpgradePane(context.gateway, context.journal, context.clock, context.navigator);
    QObject::connect(pane, &UpgradePane::showActiveRequested, window,
                     [window] { window->showArea(MainWindow::Area::Active); });
    window->setArea(MainWindow::Area::Upgrade, pane);
    return pane;
}

} // namespace pdc

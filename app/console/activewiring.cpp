#include "activewiring.h"

#include "active/activearea.h"
#include "appcontext.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "watchlist.h"

#include <QStatusBar>

namespace pdc {

ActiveArea *wireActiveArea(const AppContext &context, MainWindow *window)
{
    auto *area = new ActiveArea(context.clock);
    WatchList *watched = context.watches;
    area->attach(watched, context.navigator);
    window->setArea(MainWindow::Area::Active, area);
    // Upgrades picked elsewhere (History, a 409) bring the Active area forward; one started in the
    // Upgrade area stays there so its upgrade id can be read and copied.
    QObject::connect(context.navigator, &Navigator::watchRequested, area, [window] {
        if (window->currentArea() != MainWindow::Area::Upgrade)
            window->showArea(MainWindow::Area::Active);
    });
    const QStringList resumed = watched->resumeSaved();
    if (!resumed.isEmpty())
        window->statusBar()->showMessage(
            QObject::tr("Resumed watching %n upgrade(s)", nullptr, int(resumed.size())), 8000);
    return area;
}

} // namespace pdc

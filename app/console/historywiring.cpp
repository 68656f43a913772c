#include "historywiring.h"

#include "appcontext.h"
#include "history/historyarea.h"
#include "history/historydetailpane.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"

namespace pdc {

void wireHistory(MainWindow *window, const AppContext &context)
{
    auto *area =
        new HistoryArea(context.portal, context.store, context.journal, context.clock, context.navigator);
    area->followWatches(context.watches);
    if (context.ledger)
        area->setTeamLedger(context.ledger); // the detail pane and the exports show the team's records
    window->setArea(MainWindow::Area::History, area);
    if (context.navigator) {
        QObject::connect(context.navigator, &Navigator::historyDetailRequested, window,
                         [window] { window->showArea(MainWindow::Area::History); });
    }
}

} // namespace pdc

#include "validationwiring.h"

#include "appcontext.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "validation/validationpane.h"

#include <QStatusBar>

namespace pdc {

void wireValidation(MainWindow *window, const AppContext &context)
{
    if (!context.journal || !context.store)
        return;
    // The rules and every portal, journal and store call are in the sessions; the pane is their view.
    ChecklistServices services;
    services.gateway = context.gateway;
    services.journal = context.journal;
    services.store = context.store;
    services.clock = context.clock;
    services.profile = context.profile;
    services.ledger = context.ledger; // change records list the whole team's records
    auto *pane = new ValidationPane({new ChecklistSessions(services), context.navigator});
    window->setArea(MainWindow::Area::Validation, pane);
    if (context.ledger)
        pane->setTeamLedger(context.ledger);

    QObject::connect(pane, &ValidationPane::statusMessage, window,
                     [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    QObject::connect(pane, &ValidationPane::chainVerified, window, [window](const ChainVerdict &verdict) {
        // A broken chain stays on the status bar until something else is shown; it is also a banner.
        window->statusBar()->showMessage(verdict.message, verdict.intact ? 5000 : 0);
    });
    if (context.navigator) {
        QObject::connect(context.navigator, &Navigator::checklistRequested, pane,
                         [window, pane](const QString &upgradeId) {
                             pane->openChecklist(upgradeId);
                             window->showArea(MainWindow::Area::Validation);
                         });
    }
    pane->verifyChain();
}

} // namespace pdc

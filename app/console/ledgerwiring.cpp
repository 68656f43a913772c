#include "ledgerwiring.h"

#include "appcontext.h"
#include "ledgervault.h"
#include "shell/ledgerstatuslabel.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "teamledger.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QStatusBar>
#include <QtConcurrent>

namespace pdc {

std::unique_ptr<TeamLedger> makeTeamLedger(const AppContext &context)
{
    if (!context.profile.ledger.isConfigured() || !context.store || !context.journal || !context.clock)
        return nullptr;
    TeamLedgerServices services;
    services.store = context.store;
    services.journal = context.journal;
    services.clock = context.clock;
    services.settings = context.profile.ledger;
    services.password = [settings = context.profile.ledger](QString *error) {
        return LedgerPasswordVault::load(settings, error);
    };
    auto ledger = std::make_unique<TeamLedger>(std::move(services));
    // Every record is in the local journal first; the worker notices new ones by itself, and the areas'
    // "records changed" asks it at once.
    if (context.navigator)
        QObject::connect(context.navigator, &Navigator::recordsChanged, ledger.get(), &TeamLedger::shipSoon);
    ledger->start();
    return ledger;
}

LedgerStatusLabel *wireLedgerStatus(MainWindow *window, TeamLedger *ledger)
{
    auto *label = new LedgerStatusLabel(window->statusBar());
    label->showStatus(ledger->status());
    QObject::connect(ledger, &TeamLedger::shippingChanged, label, &LedgerStatusLabel::showStatus);
    window->statusBar()->addPermanentWidget(label);
    return label;
}

void storeLedgerPassword(MainWindow *window, const LedgerSettings &settings, const QString &password)
{
    window->statusBar()->showMessage(
        QCoreApplication::translate("pdc::ConsoleApp", "Saving the ledger password in the keychain\u2026"));
    auto *watcher = new QFutureWatcher<QString>(window);
    QPointer<MainWindow> guard(window);
    QObject::connect(watcher, &QFutureWatcherBase::finished, window, [watcher, guard, settings] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!guard)
            return;
        guard->statusBar()->showMessage(
            error.isEmpty()
                ? QCoreApplication::translate("pdc::ConsoleApp",
                                              "The ledger password for %1 is in the keychain; reconnect the "
                                              "profile to ship with it.")
                      .arg(settings.ledgerKey())
                : QCoreApplication::translate("pdc::ConsoleApp",
                                              "The ledger password could not be saved in the keychain: %1")
                      .arg(error),
            10000);
    });
    watcher->setFuture(
        QtConcurrent::run([settings, password] { return LedgerPasswordVault::store(settings, password); }));
}

} // namespace pdc

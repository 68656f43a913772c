// The team ledger in the console (issue 15): builds the signed-in profile's TeamLedger (when the profile
// names one) with the ledger password from the OS keychain, makes every new local record ship soon, and
// puts the shipping state on the status bar. The areas (History, Validation) get the ledger through the
// AppContext. The keychain is asked on the ledger's worker thread, never on the GUI thread.
#pragma once

#include <QString>
#include <memory>

namespace pdc {

class LedgerStatusLabel;
class MainWindow;
class TeamLedger;
struct AppContext;
struct LedgerSettings;

// Null when the profile names no ledger; else started (its worker ships what waits at once).
std::unique_ptr<TeamLedger> makeTeamLedger(const AppContext &context);
// The permanent status bar widget for this ledger (owned by the status bar; replaced per profile).
LedgerStatusLabel *wireLedgerStatus(MainWindow *window, TeamLedger *ledger);
// Stores a ledger password typed into the profile editor in the OS keychain, off the GUI thread; the
// outcome goes to the status bar.
void storeLedgerPassword(MainWindow *window, const LedgerSettings &settings, const QString &password);

} // namespace pdc

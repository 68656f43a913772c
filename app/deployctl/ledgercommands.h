// deployctl's ledger verbs (docs/ledger.md, docs/deployctl.md):
//   ledger init      create or update the ledger's schema and roles (an admin connection)
//   ledger set       save the ledger's connection into a profile (--ledger-host ... )
//   ledger password  keep the ledger user's password in the OS keychain
//   ledger ship      send the records that wait [--wait [--wait-timeout S]]
//   ledger status    this workstation's id and how many records wait [--json]
//   records verify   verify the local chain and the ledger's two chains; names the first bad row
// They run synchronously, apart from the portal verbs (no session is needed).
#pragma once

#include <QStringList>
#include <optional>

namespace deployctl {

// The exit code when arguments name a ledger verb ("ledger ..." or "records ..."); nullopt otherwise,
// for the portal verbs to handle.
std::optional<int> runLedgerCommand(const QStringList &arguments);

} // namespace deployctl

// The ledger password of a connection profile in the OS keychain (qtkeychain), beside the portal
// session: service "com.example.PortalDeploymentConsole", key "ledger|<host>:<port>/<database>|<user>".
// Never written to settings, files or logs; the insecure plain-text fallback is never enabled.
// The calls wait for the keychain in a local event loop (at most kTimeoutMs), so deployctl and the
// console's shipping thread can use them directly.
#pragma once

#include "domain/ledgersettings.h"

#include <QString>
#include <optional>

namespace pdc {

class LedgerPasswordVault
{
public:
    static constexpr int kTimeoutMs = 20000;

    static QString keyFor(const LedgerSettings &settings);

    // Empty on success, else why it failed.
    static QString store(const LedgerSettings &settings, const QString &password);
    // nullopt with an empty error when nothing is stored; error set when the keychain failed.
    static std::optional<QString> load(const LedgerSettings &settings, QString *error);
    static QString remove(const LedgerSettings &settings);
};

} // namespace pdc

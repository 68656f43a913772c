// Where a connection profile's team ledger lives (docs/ledger.md): a PostgreSQL server named by host,
// port, database and user, trusted through the system's CAs or the profile's CA bundle, with
// sslmode verify-full unless the profile says otherwise. No password: it lives in the OS keychain
// (LedgerPasswordVault), never in settings.
#pragma once

#include <QString>
#include <QStringList>

namespace pdc {

struct LedgerSettings
{
    QString host; // empty: this profile has no ledger (records stay on the workstation)
    int port = 5432;
    QString database;
    QString user;
    QString caBundlePath;                            // PEM file; empty: the system's trust store
    QString sslMode = QStringLiteral("verify-full"); // libpq's sslmode

    bool isConfigured() const { return !host.trimmed().isEmpty() && !database.trimmed().isEmpty(); }
    // "host:port/database": which ledger, for messages and the local shipping mark (no user, no secret).
    QString ledgerKey() const { return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database); }

    static QStringList sslModes()
    {
        return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    }
};

} // namespace pdc

// One connection to a team ledger through Qt's QPSQL driver (libpq underneath). A connection belongs to
// the thread that opened it (QSqlDatabase's rule); open one per thread.
//
// Every connection is bounded in time: connect_timeout, TCP keepalives and tcp_user_timeout notice a
// server that went away, and statement_timeout ends a statement that hangs. TLS follows the settings'
// sslmode (verify-full by default) with the profile's CA bundle as sslrootcert, or the system's trust
// store when there is none. The password is handed to libpq only; it is never logged or stored here.
#pragma once

#include "domain/ledgersettings.h"

#include <QSqlDatabase>
#include <QString>

namespace pdc {

class LedgerConnection
{
public:
    static constexpr int kConnectTimeoutSeconds = 5;
    static constexpr int kStatementTimeoutMs = 30000;

    LedgerConnection(LedgerSettings settings, QString password);
    ~LedgerConnection();
    LedgerConnection(const LedgerConnection &) = delete;
    LedgerConnection &operator=(const LedgerConnection &) = delete;

    // Connects (again, when the last attempt failed or the server went away). False with errorString().
    bool open();
    bool isOpen() const;
    void close();
    QSqlDatabase database() const;
    QString errorString() const { return m_error; }
    const LedgerSettings &settings() const { return m_settings; }

    // The libpq options for these settings (without the password), e.g. for a test to check.
    static QString connectOptions(const LedgerSettings &settings);
    // Whether the QPSQL driver is installed (libqt6sql6-psql on Debian).
    static bool driverAvailable();

private:
    LedgerSettings m_settings;
    QString m_password;
    QString m_name;
    QString m_error;
};

} // namespace pdc

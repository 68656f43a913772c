#include "ledgerconnection.h"
#include "domain/secureclear.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLedger, "console.ledger")

namespace pdc {

namespace {
const QString kDriver = QStringLiteral("QPSQL");
// The system's trust store as one PEM file (Debian's ca-certificates).
const QString kSystemBundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");

// A libpq conninfo value in single quotes (QPSQL joins the options with spaces; ';' separates them).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

LedgerConnection::LedgerConnection(LedgerSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_name(QStringLiteral("pdc-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LedgerConnection::~LedgerConnection()
{
    close();
    // The last holder of the password's buffer overwrites it (models/domain/secureclear.h); the copy Qt's
    // QSqlDatabase kept went with the connection's removal in close().
    secureClear(m_password);
}

bool LedgerConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(kDriver);
}

QString LedgerConnection::connectOptions(const LedgerSettings &s)
{
    QStringList o;
    o << QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
    o << QStringLiteral("sslmode=%1").arg(s.sslMode.isEmpty() ? QStringLiteral("verify-full") : s.sslMode);
    if (!s.caBundlePath.isEmpty())
        o << QStringLiteral("sslrootcert=%1").arg(quoted(s.caBundlePath));
    else if (s.sslMode.startsWith(QLatin1String("verify")) && QFileInfo::exists(kSystemBundle))
        o << QStringLiteral("sslrootcert=%1").arg(quoted(kSystemBundle)); // libpq 15 has no "system"
    o << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
      << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3")
      << QStringLiteral("tcp_user_timeout=%1").arg(kStatementTimeoutMs)
      << QStringLiteral("application_name=deploy-console")
      << QStringLiteral("options=%1")
             .arg(quoted(QStringLiteral("-c statement_timeout=%1 -c client_min_messages=warning")
                             .arg(kStatementTimeoutMs)));
    return o.join(QLatin1Char(';'));
}

bool LedgerConnection::open()
{
    m_error.clear();
    if (!driverAvailable()) {
        m_error =
            QStringLiteral("the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed");
        return false;
    }
    if (!m_settings.isConfigured()) {
        m_error = QStringLiteral("no ledger is configured (host and database are needed)");
        return false;
    }
    if (m_settings.caBundlePath.contains(QLatin1Char(';'))) {
        m_error = QStringLiteral("the ledger's CA bundle path must not contain ';'");
        return false;
    }
    if (!m_settings.caBundlePath.isEmpty() && !QFileInfo(m_settings.caBundlePath).isReadable()) {
        m_error = QStringLiteral("the ledger's CA bundle %1 cannot be read").arg(m_settings.caBundlePath);
        return false;
    }
    if (!LedgerSettings::sslModes().contains(m_settings.sslMode)) {
        m_error = QStringLiteral("unknown sslmode '%1'").arg(m_settings.sslMode);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(kDriver, m_name);
    if (db.isOpen())
        db.close();
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.database);
    db.setUserName(m_settings.user);
    db.setPassword(m_password);
    db.setConnectOptions(connectOptions(m_settings));
    if (!db.open()) {
        m_error = QStringLiteral("cannot connect to the ledger %1 as %2: %3")
                      .arg(m_settings.ledgerKey(), m_settings.user, db.lastError().text().trimmed());
        qCDebug(lcLedger).noquote() << m_error;
        return false;
    }
    return true;
}

bool LedgerConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void LedgerConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase LedgerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace pdc

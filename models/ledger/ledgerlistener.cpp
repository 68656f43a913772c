#include "ledgerlistener.h"
#include "domain/secureclear.h"

#include "ledgerconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace pdc {

LedgerListener::LedgerListener(LedgerSettings settings, QString password, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{
    m_heartbeat.setInterval(m_heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LedgerListener::heartbeat);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LedgerListener::retry);
}

LedgerListener::~LedgerListener()
{
    stop();
    secureClear(m_password);
}

QString LedgerListener::errorString() const
{
    return m_error;
}

int LedgerListener::reconnectBackoffMs(int attempt)
{
    if (attempt <= 1)
        return 1000;
    return int(std::min<qint64>(qint64(1000) << std::min(attempt - 1, 16), kMaxReconnectBackoffMs));
}

void LedgerListener::setHeartbeatInterval(int ms)
{
    m_heartbeatMs = std::max(ms, 100);
    m_heartbeat.setInterval(m_heartbeatMs);
}

bool LedgerListener::isListening() const
{
    return m_running && m_connection && m_connection->isOpen() && m_heartbeat.isActive();
}

bool LedgerListener::start()
{
    stop();
    m_running = true;
    m_attempts = 0;
    if (!listen()) {
        m_running = false;
        m_connection.reset();
        return false;
    }
    return true;
}

void LedgerListener::stop()
{
    m_running = false;
    m_heartbeat.stop();
    m_reconnect.stop();
    if (m_connection) {
        if (QSqlDriver *driver = m_connection->database().driver())
            disconnect(driver, nullptr, this, nullptr);
        m_connection.reset(); // closes: QPSQL unsubscribes and drops its socket notifier
    }
}

bool LedgerListener::listen()
{
    m_error.clear();
    if (m_connection) {
        if (QSqlDriver *driver = m_connection->database().driver())
            disconnect(driver, nullptr, this, nullptr);
    }
    m_connection = std::make_unique<LedgerConnection>(m_settings, m_password);
    if (!m_connection->open()) {
        m_error = m_connection->errorString();
        return false;
    }
    QSqlDriver *driver = m_connection->database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_error = QStringLiteral("the ledger's database driver cannot deliver notifications");
        return false;
    }
    const QString channel = QString::fromLatin1(kChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        m_error = QStringLiteral("cannot listen to the ledger %1: %2")
                      .arg(m_settings.ledgerKey(), driver->lastError().text().trimmed());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &LedgerListener::onNotification);
    m_heartbeat.start(m_heartbeatMs);
    qCDebug(lcLedger).noquote() << "listening to" << m_settings.ledgerKey();
    return true;
}

void LedgerListener::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                    const QVariant &payload)
{
    if (name != QLatin1String(kChannel))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString workstation = o.value(QStringLiteral("workstation_id")).toString();
    if (workstation.isEmpty()) {
        qCWarning(lcLedger).noquote() << "a ledger notification without a workstation id was ignored";
        return;
    }
    emit recordsAppended(o.value(QStringLiteral("upgrade_id")).toString(), workstation);
}

void LedgerListener::heartbeat()
{
    if (!m_connection)
        return;
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT 1")))
        lose(q.lastError().text().trimmed());
}

void LedgerListener::lose(const QString &reason)
{
    m_heartbeat.stop();
    if (m_connection) {
        if (QSqlDriver *driver = m_connection->database().driver())
            disconnect(driver, nullptr, this, nullptr);
        m_connection.reset();
    }
    m_error = reason.isEmpty() ? QStringLiteral("the connection to the ledger was lost") : reason;
    qCInfo(lcLedger).noquote() << "lost the ledger" << m_settings.ledgerKey() << "-" << m_error;
    emit connectionLost(m_error);
    if (!m_running)
        return;
    m_attempts = 1;
    m_reconnect.start(reconnectBackoffMs(m_attempts));
}

void LedgerListener::retry()
{
    if (!m_running)
        return;
    if (listen()) {
        m_attempts = 0;
        emit reconnected();
        return;
    }
    m_connection.reset();
    ++m_attempts;
    m_reconnect.start(reconnectBackoffMs(m_attempts));
}

} // namespace pdc

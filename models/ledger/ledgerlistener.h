// Live notifications from a team ledger (docs/ledger.md, "Live notifications"): LISTENs on the channel
// the ledger's AFTER INSERT trigger notifies (migrations/002_notify.sql) and says which upgrade of which
// workstation got new records, a moment after the shipping transaction committed.
//
// Listens on its own LedgerConnection (opened on the thread that calls start(); that thread needs an
// event loop). The QPSQL driver watches the connection's socket and hands notifications over as they
// arrive; nothing is polled for them.
//
// A lost connection (server restarted or unreachable): noticed by a light heartbeat query every
// heartbeatIntervalMs() while connected (and by any failing query), reported ONCE with
// connectionLost(reason), after which the listener RECONNECTS BY ITSELF with backoff (1 s, 2 s, 4 s ...
// up to 30 s, real time) and emits reconnected() when it listens again. Notifications sent while it
// was away are lost (PostgreSQL does not queue them for a listener that is not connected): on
// reconnected() the caller should re-read what it shows. stop() or destruction ends the retries.
// The heartbeat is a round trip on the listener's thread: under a millisecond normally, and when the
// server restarts it fails at once (the server closes the connection); only a network that silently
// drops packets makes it wait, up to the connection's tcp_user_timeout (30 s). A console that cannot
// afford that on its GUI thread runs the listener on a worker thread with an event loop.
// The password is handed to libpq only, never logged or put in a message.
#pragma once

#include "domain/ledgersettings.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>
#include <memory>

namespace pdc {

class LedgerConnection;

class LedgerListener : public QObject
{
    Q_OBJECT
public:
    // The channel the ledger's trigger notifies.
    static constexpr const char *kChannel = "pdc_ledger_records";
    static constexpr int kDefaultHeartbeatMs = 5000;
    static constexpr int kMaxReconnectBackoffMs = 30000;

    LedgerListener(LedgerSettings settings, QString password, QObject *parent = nullptr);
    ~LedgerListener() override;

    bool start(); // connects and LISTENs; false with errorString() (no retries are scheduled then)
    QString errorString() const;

    // Stops listening and reconnecting; start() may be called again.
    void stop();
    bool isListening() const;
    // How often a connected listener checks that its connection is alive (ms, >= 100).
    void setHeartbeatInterval(int ms);
    int heartbeatIntervalMs() const { return m_heartbeatMs; }
    // The wait before the n-th reconnection attempt (1 s, 2 s, 4 s ... up to 30 s).
    static int reconnectBackoffMs(int attempt);

signals:
    // upgradeId is empty when the ledger could not fit it into the notification (over 7900 bytes):
    // refresh everything of that workstation then.
    void recordsAppended(const QString &upgradeId, const QString &workstationId);
    void connectionLost(const QString &reason);
    // Listening again after connectionLost(): notifications in between were missed.
    void reconnected();

private:
    bool listen();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void heartbeat();
    void lose(const QString &reason);
    void retry();

    LedgerSettings m_settings;
    QString m_password;
    std::unique_ptr<LedgerConnection> m_connection;
    QString m_error;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    int m_heartbeatMs = kDefaultHeartbeatMs;
    int m_attempts = 0;
    bool m_running = false;
};

} // namespace pdc

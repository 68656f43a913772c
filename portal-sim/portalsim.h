// Public API of portal-sim, the reference customer portal (issue 3).
//
// HTTP library choice: QAbstractHttpServer from Qt HttpServer 6.4, subclassed (see httpserver.h), rather than
// Debian's cpp-httplib. Reasons: it is already a project dependency (no new package on build machines), it
// lives on a QThread with the rest of the Qt code (SQLite via QtSql, timers for latency and outage windows),
// it serves HTTPS through QSslServer with the same code path, and by overriding handleRequest() we route
// every method and path ourselves, which removes the 6.4 gaps (no 405, no JSON 404 from the missing handler,
// afterRequest skipping responders): we write the raw HTTP response to the socket, so we control every
// header (Set-Cookie, Retry-After, Connection: close) and can delay answers or refuse connections.
// Its weakness, no size or time limit while reading, is covered by a guard that follows each connection's
// bytes before Qt's parser buffers them (connectionguard.h, limits in connectionlimits.h).
#pragma once

#include "connectionlimits.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace sim {

struct Options
{
    QString databasePath;           // SQLite file; empty = a fresh temporary database
    QString usersFile;              // accounts with PBKDF2 hashes; empty = built-in demo accounts
    QString scenarioFile;           // fault/rehearsal scenario (a path or a built-in name); empty = none
    QString scenarioDir;            // the admin scenario route may also load <name>.json from here only
    double timeScale = 1.0;         // >1 makes rollouts faster (60 => a 3-minute rollout takes 3 s)
    quint16 port = 0;               // 0 = free port
    bool enableAdmin = false;       // loopback-only fault admin routes under /__admin/
    QString tlsCertificate, tlsKey; // both set = HTTPS
    int seedHistory = 0;            // insert N synthetic historical upgrades (one batched transaction)
    quint64 seed = 1;               // RNG seed for deterministic ECS behaviour
    // Additions beyond the required API:
    QString tenant = QStringLiteral("demo");         // organization tenant; "demo" => Demo Corp
    QString environment = QStringLiteral("staging"); // production, staging, development or custom
    int sessionIdleSeconds = 30 * 60;                // session idle expiry
    int sessionMaxSeconds = 8 * 60 * 60;             // session absolute expiry
    bool quiet = false;                              // do not print the banner (URL and accounts)
    // Variant mode (variant.h): >= 0 varies what the contract leaves open from this seed.
    qint64 variantSeed = -1;
    QStringList variantSkip;            // aspects never chosen (PORTAL_SIM_VARIANT_SKIP; a diagnosis aid)
    bool variantBeyondContract = false; // also `cookie-name` and `cancelled` (see variant.h)
    ConnectionLimits limits;            // request size, timeouts, connection cap (connectionlimits.h)
};

class PortalSim;

// Runs a PortalSim on its own QThread; used by the console's --demo and by tests.
class EmbeddedPortal : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedPortal(Options options, QObject *parent = nullptr);
    ~EmbeddedPortal() override;           // stops the server and joins the thread
    bool start(QString *error = nullptr); // blocks until listening (or failed)
    QUrl url() const;                     // e.g. http://127.0.0.1:43125
    void stop();

private:
    Options m_options;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread
    PortalSim *m_sim = nullptr;   // lives in m_thread
    QUrl m_url;
};

// The demo accounts built in when Options::usersFile is empty: {username, password, role}.
struct DemoAccount
{
    QString username, password, role;
};
QList<DemoAccount> demoAccounts();

// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>" for a users file.
QString hashPassword(const QString &password, int iterations = 100000);

// Names of the scenarios built into the library (portal-sim/scenarios/*.json).
QStringList builtInScenarios();

} // namespace sim

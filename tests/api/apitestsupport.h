// Helpers for the api/ tests: waiting for an asynchronous PortalClient answer, an in-process portal-sim,
// its admin routes, Prism's mock server, a self-signed certificate, and a message handler that keeps
// every log line so tests can prove no secret reaches the log.
#pragma once

#include "domain/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sim {
class EmbeddedPortal;
struct Options;
} // namespace sim

namespace apitest {

// Runs `call(context, callback)` and waits for the callback (or a timeout, reported as Cancelled).
template<typename T, typename Call>
pdc::Result<T> await(Call call, int timeoutMs = 15000)
{
    std::optional<pdc::Result<T>> out;
    QObject context;
    call(&context, [&out](const pdc::Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        pdc::ApiError e;
        e.kind = pdc::ApiError::Kind::Cancelled;
        e.message = QStringLiteral("the test gave up waiting");
        return e;
    }
    return *out;
}

quint16 freePort();

// A portal-sim on its own thread in this process.
// Stop it in cleanupTestCase() at the latest, never in the test object's destructor: QtTest 6.4 deletes
// its loggers when qExec() ends without a lock against other threads, and this sim's thread logs. A
// minimal program that logs from a second thread across the end of qExec() crashed in 9 of 40 runs;
// tst_api_client_sim corrupted its heap and hung at exit in 1 run of 45.
class Sim
{
public:
    Sim();
    ~Sim();
    sim::Options &options();
    bool start(QString *error = nullptr);
    void stop();
    QUrl url() const;

    // POST to a loopback admin route (/__admin/...) straight over HTTP; returns the status (0 = no answer).
    int admin(const QString &pathAndQuery, const QByteArray &body = "{}");
    int setScenario(const QString &name);

private:
    std::unique_ptr<sim::Options> m_options;
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
};

// `npx --no-install prism mock` on a free loopback port, run from the source tree.
class PrismMock
{
public:
    ~PrismMock();
    bool start(QString *error);
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

// A self-signed certificate for 127.0.0.1/localhost made with openssl in `dir`; paths of cert and key.
bool makeSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error);

// Keeps every log line (and still prints them) while alive.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    QStringList lines() const;
    bool contains(const QString &needle) const;
};

// Every byte of every file below `dir` (recursively).
QByteArray allFileContents(const QString &dir);

} // namespace apitest

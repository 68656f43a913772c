// Test fixtures around portal-sim: the executable under QProcess, Prism's validating proxy, and a small
// synchronous HTTP client that checks every answer against docs/api/openapi.yaml through Prism.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace simtest {

// A free TCP port on 127.0.0.1 (bound once and released).
quint16 freePort();

// Waits until GET <url>/health answers (any status); false after timeoutMs.
bool waitForHealth(const QUrl &url, int timeoutMs);

// Starts $PORTAL_SIM_EXE with the given arguments (add --port to pin the port) and waits until /health
// answers.
class SimProcess
{
public:
    ~SimProcess();
    bool start(const QStringList &arguments, QString *error = nullptr, int timeoutMs = 15000);
    QUrl url() const { return m_url; }
    void kill(); // SIGKILL, no clean shutdown
    void stop(); // SIGTERM, then SIGKILL
    QByteArray output() const { return m_output; }
    // Reads what the sim printed until `needle` appears (or timeoutMs passed); everything read so far.
    QByteArray waitForOutput(const QByteArray &needle, int timeoutMs = 5000);

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_output;
};

} // namespace simtest

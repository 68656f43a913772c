#include "simprocess.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

namespace simtest {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForHealth(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QUrl health = url;
        health.setPath(QStringLiteral("/health"));
        QNetworkRequest request(health);
        request.setTransferTimeout(2000);
        QNetworkReply *reply = nam.get(request);
        reply->ignoreSslErrors();
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 3000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status > 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    m_output.clear();
    m_url.clear();
    const QString exe = testsupport::portalSimExecutable();
    if (exe.isEmpty()) {
        if (error)
            *error = QStringLiteral("PORTAL_SIM_EXE is not set");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(exe, arguments);
    if (!m_process.waitForStarted(5000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression line(QStringLiteral("portal-sim listening on \"?([^\\s\"]+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_url.isEmpty()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        const auto match = line.match(QString::fromUtf8(m_output));
        if (match.hasMatch())
            m_url = QUrl(match.captured(1));
    }
    if (m_url.isEmpty() || !waitForHealth(m_url, int(std::max<qint64>(1000, deadline.remainingTime())))) {
        if (error)
            *error = QStringLiteral("portal-sim did not start: %1").arg(QString::fromUtf8(m_output));
        stop();
        return false;
    }
    return true;
}

QByteArray SimProcess::waitForOutput(const QByteArray &needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_output += m_process.readAll();
    while (!m_output.contains(needle) && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
    }
    return m_output;
}

void SimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_output += m_process.readAll();
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
    m_output += m_process.readAll();
}

} // namespace simtest

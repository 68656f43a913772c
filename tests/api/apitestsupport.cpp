#include "apitestsupport.h"

#include "portalsim.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace apitest {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

Sim::Sim()
    : m_options(std::make_unique<sim::Options>())
{
    m_options->enableAdmin = true;
    m_options->quiet = true;
}

Sim::~Sim()
{
    stop();
}

sim::Options &Sim::options()
{
    return *m_options;
}

bool Sim::start(QString *error)
{
    m_portal = std::make_unique<sim::EmbeddedPortal>(*m_options);
    return m_portal->start(error);
}

void Sim::stop()
{
    if (m_portal) {
        m_portal->stop();
        m_portal.reset();
    }
}

QUrl Sim::url() const
{
    return m_portal ? m_portal->url() : QUrl();
}

int Sim::admin(const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QUrl u = url();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    u.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        u.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(u);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (u.scheme() == QLatin1String("https")) {
        QSslConfiguration c = request.sslConfiguration();
        c.setPeerVerifyMode(QSslSocket::VerifyNone); // the test's own admin channel only, never the client
        request.setSslConfiguration(c);
    }
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int Sim::setScenario(const QString &name)
{
    return admin(QStringLiteral("/__admin/scenario"), QStringLiteral(R"({"name":"%1"})").arg(name).toUtf8());
}

PrismMock::~PrismMock()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool PrismMock::start(QString *error)
{
    const quint16 port = freePort();
    m_process.setWorkingDirectory(testsupport::sourcePath(QString()));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("npx"),
                    {QStringLiteral("--no-install"), QStringLiteral("prism"), QStringLiteral("mock"),
                     QStringLiteral("-p"), QString::number(port), QStringLiteral("-h"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("docs/api/openapi.yaml")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("npx did not start: %1").arg(m_process.errorString());
        return false;
    }
    const bool up = QTest::qWaitFor(
        [&] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(100);
        },
        60000);
    if (!up || m_process.state() == QProcess::NotRunning) {
        *error = QStringLiteral("prism did not listen: %1").arg(QString::fromUtf8(m_process.readAll()));
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

bool makeSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error)
{
    *certPath = QDir(dir).filePath(QStringLiteral("portal.crt"));
    *keyPath = QDir(dir).filePath(QStringLiteral("portal.key"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=portal-sim test/O=Portal Deployment Console tests"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), *keyPath, QStringLiteral("-out"), *certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromUtf8(openssl.readAll());
        return false;
    }
    return true;
}

namespace {
QMutex g_logMutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_lines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") +
                       message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&g_logMutex);
    g_lines.clear();
    g_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&g_logMutex);
    return g_lines;
}

bool LogCapture::contains(const QString &needle) const
{
    QMutexLocker lock(&g_logMutex);
    for (const QString &l : std::as_const(g_lines)) {
        if (l.contains(needle))
            return true;
    }
    return false;
}

QByteArray allFileContents(const QString &dir)
{
    QByteArray out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

} // namespace apitest

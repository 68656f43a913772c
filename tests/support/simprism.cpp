#include "simprism.h"

#include "simprocess.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace simtest {

PrismProxy::~PrismProxy()
{
    stop();
}

bool PrismProxy::launch(const QUrl &upstream, bool errors)
{
    m_port = freePort();
    const quint16 port = m_port;
    QStringList args{QStringLiteral("proxy")};
    if (errors)
        args << QStringLiteral("--errors");
    args << QStringLiteral("docs/api/openapi.yaml") << upstream.toString(QUrl::StripTrailingSlash)
         << QStringLiteral("--host") << QStringLiteral("127.0.0.1") << QStringLiteral("--port")
         << QString::number(port);
    // The same program `npx --no-install prism` runs, started directly so that stopping it stops node.
    m_process.setWorkingDirectory(testsupport::sourcePath(QString()));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(testsupport::sourcePath(QStringLiteral("node_modules/.bin/prism")), args);
    return m_process.waitForStarted(10000);
}

bool PrismProxy::waitReady(QString *error)
{
    const quint16 port = m_port;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAll();
        if (m_log.contains("Prism is listening")) {
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            return true;
        }
    }
    if (error)
        *error = QStringLiteral("Prism did not start: %1").arg(QString::fromUtf8(m_log.right(2000)));
    stop();
    return false;
}

void PrismProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SimClient::SimClient(QUrl strict, QUrl lenient, QUrl direct)
    : m_strict(std::move(strict))
    , m_lenient(std::move(lenient))
    , m_direct(std::move(direct))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SimClient::clearCookies()
{
    m_nam.setCookieJar(new QNetworkCookieJar);
}

Reply SimClient::get(const QString &pathAndQuery, Via via)
{
    return send("GET", pathAndQuery, {}, via, {}, {});
}

Reply SimClient::post(const QString &path, const QByteArray &body, Via via,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    return send("POST", path, body, via, headers, contentType);
}

Reply SimClient::postJson(const QString &path, const QJsonObject &body, Via via,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), via, headers);
}

Reply SimClient::login(const QString &username, const QString &password)
{
    Reply r = postJson(QStringLiteral("/api/v1/auth/login"),
                       {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (r.status == 200)
        m_csrf = r.json().value(QStringLiteral("csrf_token")).toString().toLatin1();
    return r;
}

Reply SimClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Via via,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    const QUrl base = via == Via::Strict ? m_strict : via == Via::Lenient ? m_lenient : m_direct;
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    if (!contentType.isEmpty() && method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    bool hasCsrf = false;
    for (const auto &[key, value] : headers) {
        request.setRawHeader(key, value);
        hasCsrf = hasCsrf || key.compare("X-CSRF-Token", Qt::CaseInsensitive) == 0;
    }
    if (!hasCsrf && method == "POST" && !m_csrf.isEmpty())
        request.setRawHeader("X-CSRF-Token", m_csrf);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    reply->ignoreSslErrors();
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        reply->abort();
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0)
        r.networkError = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    r.body = reply->readAll();
    reply->deleteLater();

    if (via != Via::Direct && r.status != 0) {
        const QByteArray raw = r.header("sl-violations");
        const bool prismError = r.header("content-type").startsWith("application/problem+json");
        if (via == Via::Strict) {
            if (!raw.isEmpty() || prismError)
                r.violations = QString::fromUtf8(raw.isEmpty() ? r.body : raw);
        } else {
            QStringList responseViolations;
            for (const QJsonValue &v : QJsonDocument::fromJson(raw).array()) {
                const QJsonObject violation = v.toObject();
                if (violation.value(QStringLiteral("location")).toArray().first().toString() !=
                    QStringLiteral("request"))
                    responseViolations
                        << QString::fromUtf8(QJsonDocument(violation).toJson(QJsonDocument::Compact));
            }
            if (prismError)
                responseViolations << QString::fromUtf8(r.body);
            r.violations = responseViolations.join(QStringLiteral("; "));
        }
        if (!r.violations.isEmpty()) {
            const QString text = QStringLiteral("contract violation (Prism) on %1 %2 -> %3: %4")
                                     .arg(QString::fromLatin1(method), pathAndQuery)
                                     .arg(r.status)
                                     .arg(r.violations);
            QTest::qFail(qPrintable(text), __FILE__, __LINE__);
        }
    }
    return r;
}

} // namespace simtest

#include "httpserver.h"

#include "connectionguard.h"
#include "simlogging.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sim {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpRequest::cookie(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray item = part.trimmed();
            const qsizetype eq = item.indexOf('=');
            if (eq > 0 && item.left(eq) == name)
                return item.mid(eq + 1);
        }
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json");
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpServer::HttpServer(Handler handler, const ConnectionLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{}

quint16 HttpServer::start(quint16 port, const QString &certFile, const QString &keyFile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return quint16(0);
    };
    if (!certFile.isEmpty() || !keyFile.isEmpty()) {
        if (certFile.isEmpty() || keyFile.isEmpty())
            return fail(QStringLiteral("HTTPS needs both a certificate and a key"));
        QFile cf(certFile), kf(keyFile);
        if (!cf.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read certificate %1").arg(certFile));
        if (!kf.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read key %1").arg(keyFile));
        const QSslCertificate cert(cf.readAll(), QSsl::Pem);
        const QByteArray keyPem = kf.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return fail(QStringLiteral("invalid certificate or key (PEM, RSA or EC expected)"));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        // The default AutoVerifyPeer means QueryPeer on a server: a client certificate is asked for but
        // not required. Nothing here turns certificate checks off.
        auto *ssl = new GuardedServer<QSslServer>(this, m_limits, this);
        ssl->setSslConfiguration(config);
        m_listener = ssl;
        m_tls = true;
    } else {
        m_listener = new GuardedServer<QTcpServer>(this, m_limits, this);
    }
    if (!m_listener->listen(QHostAddress::LocalHost, port))
        return fail(
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_listener->errorString()));
    m_port = m_listener->serverPort();
    bind(m_listener);
    return m_port;
}

void HttpServer::goDown(int ms)
{
    if (!m_listener)
        return;
    qCInfo(lcSimHttp) << "portal down for" << ms << "ms (connections refused)";
    m_down = true;
    m_listener->close();
    const auto sockets = m_listener->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    QTimer::singleShot(ms, this, [this] {
        if (!m_listener->listen(QHostAddress::LocalHost, m_port))
            qCWarning(lcSimHttp) << "could not listen again:" << m_listener->errorString();
        m_down = false;
        qCInfo(lcSimHttp) << "portal up again";
    });
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    r.tls = m_tls;
    HttpResponse response = m_handler(r);
    if (r.header("connection").compare("close", Qt::CaseInsensitive) == 0)
        response.closeConnection = true;
    qCDebug(lcSimHttp) << r.method << r.path << "->" << response.status;
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, s = QPointer<QTcpSocket>(socket), response] {
            if (s && s->state() == QAbstractSocket::ConnectedState)
                writeResponse(s, response);
        });
    } else {
        writeResponse(socket, response);
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, HttpResponse::json(404, R"({"error":"not_found","message":"No such route"})"));
}

void HttpServer::writeResponse(QTcpSocket *socket, const HttpResponse &response)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    const bool chunked = response.chunkSize > 0 && response.status != 204 && response.cutBodyAfter < 0;
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (response.closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.cutBodyAfter >= 0) { // an answer cut off mid-body (a fault): the client must not trust it
        socket->write(out + response.body.left(response.cutBodyAfter));
        socket->disconnectFromHost(); // sends what was written, then closes: the body stays short
        return;
    }
    if (chunked) {
        for (qsizetype at = 0; at < response.body.size(); at += response.chunkSize) {
            const QByteArray chunk = response.body.mid(at, response.chunkSize);
            out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        out += "0\r\n\r\n";
    } else if (response.status != 204) {
        out += response.body;
    }
    socket->write(out);
    if (response.closeConnection)
        socket->disconnectFromHost();
}

} // namespace sim

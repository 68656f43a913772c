// A small HTTP/1.1 front on QAbstractHttpServer (Qt 6.4): parses with Qt, routes and answers itself.
// Why not QHttpServer's router: see portalsim.h. Answers are written raw to the socket, so any header can be
// set, answers can be delayed (latency faults) and listening can be paused (refused connections).
// Every connection is guarded while it is read (connectionguard.h): size limits, timeouts and a cap.
#pragma once

#include "connectionlimits.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>

class QTcpServer;

namespace sim {

struct HttpRequest
{
    QByteArray method; // GET, POST, ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    bool tls = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QByteArray cookie(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // answer after this delay (latency faults)
    bool closeConnection = false;
    int cutBodyAfter = -1; // >= 0: send the headers and this many body bytes, then drop the connection
    int chunkSize = 0; // > 0: Transfer-Encoding: chunked, in chunks of this many bytes (no Content-Length)

    void setHeader(const QByteArray &name, const QByteArray &value);
    static HttpResponse json(int status, const QByteArray &body);
};

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit HttpServer(Handler handler, const ConnectionLimits &limits = {}, QObject *parent = nullptr);

    // Listens on 127.0.0.1:port (0 = free port); with a certificate and key, HTTPS. Returns the port or 0.
    quint16 start(quint16 port, const QString &certFile, const QString &keyFile, QString *error);
    // Refuses connections (closes the listener and drops open connections) for `ms`, then listens again.
    void goDown(int ms);
    bool isDown() const { return m_down; }
    bool tls() const { return m_tls; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void writeResponse(QTcpSocket *socket, const HttpResponse &response);

    Handler m_handler;
    ConnectionLimits m_limits;
    QTcpServer *m_listener = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_down = false;
};

QByteArray reasonPhrase(int status);

} // namespace sim

// A portal that answers like an adversary, for tests of what the client does with hostile answers
// (issues 13 and 14): a QTcpServer on loopback whose answers are raw bytes chosen by the test, so it can
// send what no well-behaved server would — endless chunked bodies, a Content-Length of 8 GiB, one byte at a
// time, redirects to another origin or in a loop, corrupt gzip, a history that pages forever.
//
// Invariants: the server never buffers more than about 1 MiB per connection (an endless body is written
// only as the socket drains), every socket it accepted is closed when it is destroyed, and it counts the
// requests it parsed and the bytes it wrote so a test can say how far a client let it go.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;
class QTimer;

namespace apitest {

class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    // Answers one request on `socket` (write, schedule writes or close). Runs on the server's thread.
    using Handler = std::function<void(const Request &request, QTcpSocket *socket)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();    // on 127.0.0.1, a free port
    QUrl url() const; // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int requests() const { return m_requests; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // Answer helpers for handlers.
    // A complete answer: status line, the given header lines ("Name: value"), Content-Length, body.
    static QByteArray answer(int status, const QByteArray &body, const QList<QByteArray> &headerLines = {});
    // Writes `head` (status line and headers, ending with the empty line), then `piece()` again and again
    // while the socket drains, until the peer goes away. For endless bodies.
    void sendForever(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray()> piece);
    // Writes `head`, then one byte of `body` every `intervalMs`, then closes.
    void trickle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int intervalMs);

private:
    void onConnection();
    void onData(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_requests = 0;
    qint64 m_bytesWritten = 0;
};

} // namespace apitest

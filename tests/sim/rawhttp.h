// Raw HTTP/1.1 over a blocking QTcpSocket, for tests that must control every byte and its timing (limits,
// timeouts, the connection cap, Host headers, the client's source address). The portal runs on its own
// thread (sim::EmbeddedPortal), so blocking here does not stop it.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <memory>

namespace rawhttp {

struct Answer
{
    int status = 0; // 0 = no complete answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// One client connection; `from` binds the client's side to that loopback address (127.0.0.2, ...).
class Connection
{
public:
    explicit Connection(quint16 port, const QHostAddress &from = QHostAddress());
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Writes and waits until the bytes left this process; false when the connection failed meanwhile.
    bool send(const QByteArray &bytes);
    // Reads one whole answer (its body by Content-Length) within timeoutMs; status 0 when none came.
    Answer read(int timeoutMs = 10000);
    // True when the server closes the connection within timeoutMs (what arrives meanwhile is kept).
    bool waitClosed(int timeoutMs);
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(int timeoutMs); // reads what arrives within timeoutMs; false when nothing did
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// "METHOD path HTTP/1.1" with Host 127.0.0.1:port, the headers given, and Content-Length for a body.
QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
// A JSON POST (Content-Type: application/json) with the headers given.
QByteArray postJson(const QByteArray &path, quint16 port, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
// One request on a new connection from `from`; the answer.
Answer exchange(quint16 port, const QByteArray &request, const QHostAddress &from = QHostAddress(),
                int timeoutMs = 10000);

} // namespace rawhttp

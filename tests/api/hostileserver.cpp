#include "hostileserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace apitest {

namespace {
constexpr qint64 kMaxPending = 1024 * 1024; // what sendForever lets the socket hold before it waits
const char *const kBuffer = "hostileBuffer";
} // namespace

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
        if (s) {
            s->disconnect(this);
            s->abort();
            delete s.data();
        }
    }
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray HostileServer::answer(int status, const QByteArray &body, const QList<QByteArray> &headerLines)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    for (const QByteArray &line : headerLines)
        out += line + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr); // owned by m_sockets; deleted with the server or when it closes
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) { m_bytesWritten += n; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileServer::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qint64 bodyLength = request.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + bodyLength)
            break; // the request body is still coming
        buffer.remove(0, end + 4 + bodyLength);
        ++m_requests;
        if (m_handler)
            m_handler(request, socket);
    }
    socket->setProperty(kBuffer, buffer);
}

void HostileServer::sendForever(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray()> piece)
{
    socket->write(head);
    auto pump = [socket, piece = std::move(piece)] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kMaxPending)
            socket->write(piece());
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

void HostileServer::trickle(QTcpSocket *socket, const QByteArray &head, const QByteArray &body,
                            int intervalMs)
{
    socket->write(head);
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

} // namespace apitest

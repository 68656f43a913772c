#include "rawhttp.h"

#include <QDeadlineTimer>

namespace rawhttp {

QByteArray Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Connection::Connection(quint16 port, const QHostAddress &from)
{
    if (!from.isNull())
        m_socket.bind(from);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(5000);
}

bool Connection::send(const QByteArray &bytes)
{
    if (!connected())
        return false;
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(5000))
            return false;
    }
    return connected();
}

bool Connection::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs)) {
        m_buffer += m_socket.readAll();
        return false;
    }
    m_buffer += m_socket.readAll();
    return true;
}

Answer Connection::read(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            Answer a;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> status = lines.first().trimmed().split(' ');
            a.status = status.size() > 1 ? status.at(1).toInt() : 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    a.headers.append(
                        {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
            const qsizetype length = a.header("content-length").toLongLong();
            if (m_buffer.size() - end - 4 >= length) {
                a.body = m_buffer.mid(end + 4, length);
                m_buffer.remove(0, end + 4 + length);
                return a;
            }
        }
        if (deadline.hasExpired() || (!fill(int(deadline.remainingTime())) && !connected()))
            return {};
    }
}

bool Connection::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        fill(int(std::min<qint64>(100, deadline.remainingTime())));
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port,
                   const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[key, value] : headers)
        hasHost = hasHost || key.compare("host", Qt::CaseInsensitive) == 0;
    if (!hasHost)
        out += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

QByteArray postJson(const QByteArray &path, quint16 port, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all{{"Content-Type", "application/json"}};
    all += headers;
    return request("POST", path, port, all, body);
}

Answer exchange(quint16 port, const QByteArray &bytes, const QHostAddress &from, int timeoutMs)
{
    Connection c(port, from);
    if (!c.send(bytes))
        return {};
    return c.read(timeoutMs);
}

} // namespace rawhttp

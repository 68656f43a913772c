#include "connectionguard.h"

#include "httpserver.h"
#include "simlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>

namespace sim {

namespace {

bool allDigits(const QByteArray &text, int base)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit && !(base == 16 && hex))
            return false;
    }
    return true;
}

// The whole answer to a request the guard refuses: a contract-shaped error body, and Connection: close.
QByteArray closingAnswer(int status, const QByteArray &code, const QString &message,
                         const QByteArray &extraHeaders = {})
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                                      {QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

RequestFramer::RequestFramer(const ConnectionLimits &limits)
    : m_limits(limits)
{}

RequestFramer::Verdict RequestFramer::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (m_phase == Phase::Idle) {
            if (c == '\r' || c == '\n') { // blank lines before a request line are skipped, as parsers do
                ++i;
                continue;
            }
            m_phase = Phase::Headers;
        }
        if (m_phase == Phase::Headers) {
            const void *found = std::memchr(data + i, '\n', size_t(size - i));
            const qsizetype take = found ? static_cast<const char *>(found) - (data + i) + 1 : size - i;
            if (m_head.size() + take > m_limits.maxHeaderBytes)
                return Verdict::HeadersTooLarge;
            m_head.append(data + i, take);
            i += take;
            if (found && (m_head.endsWith("\n\n") || m_head.endsWith("\n\r\n"))) {
                if (const Verdict v = headersDone(); v != Verdict::Ok)
                    return v;
            }
            continue;
        }
        switch (m_body) {
        case Body::Fixed:
        case Body::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, size - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                if (m_body == Body::Fixed)
                    requestDone();
                else
                    m_body = Body::ChunkDataEnd;
            }
            break;
        }
        case Body::ChunkDataEnd:
            ++i;
            if (++m_framingBytes > m_limits.maxChunkFramingBytes)
                return Verdict::BodyTooLarge;
            if (c == '\n')
                m_body = Body::ChunkSize;
            else if (c != '\r')
                return Verdict::BadFraming;
            break;
        case Body::ChunkSize:
        case Body::Trailer:
            ++i;
            if (++m_framingBytes > m_limits.maxChunkFramingBytes)
                return Verdict::BodyTooLarge;
            if (c != '\n') {
                if (m_line.size() >= MaxChunkLineBytes)
                    return Verdict::BadFraming;
                m_line.append(c);
                break;
            }
            if (m_body == Body::ChunkSize) {
                if (const Verdict v = chunkSizeLine(); v != Verdict::Ok)
                    return v;
            } else if (m_line.isEmpty() || m_line == "\r") {
                requestDone();
            }
            m_line.clear();
            break;
        case Body::None:
            requestDone();
            break;
        }
    }
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::headersDone()
{
    qint64 length = -1;
    bool hasTransferEncoding = false, chunked = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const qsizetype colon = lines.at(k).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(k).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(k).mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!allDigits(value, 10))
                return Verdict::BadFraming;
            if (value.size() > 15) // beyond any limit, and beyond what a qint64 holds
                return Verdict::BodyTooLarge;
            const qint64 n = value.toLongLong();
            if (length >= 0 && length != n)
                return Verdict::BadFraming;
            length = n;
        } else if (name == "transfer-encoding") {
            hasTransferEncoding = true;
            chunked = value.split(',').last().trimmed().toLower() == "chunked";
        }
    }
    m_head = QByteArray(); // an idle connection keeps no buffer
    if (hasTransferEncoding && (length >= 0 || !chunked))
        return Verdict::BadFraming; // both framings (request smuggling), or a body without an end
    m_phase = Phase::Body;
    m_bodyBytes = 0;
    m_framingBytes = 0;
    if (chunked) {
        m_body = Body::ChunkSize;
        return Verdict::Ok;
    }
    if (length > m_limits.maxBodyBytes)
        return Verdict::BodyTooLarge;
    if (length > 0) {
        m_body = Body::Fixed;
        m_remaining = length;
        return Verdict::Ok;
    }
    requestDone();
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::chunkSizeLine()
{
    QByteArray size = m_line;
    if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
        size.truncate(semicolon); // chunk extensions
    size = size.trimmed();
    if (!allDigits(size, 16))
        return Verdict::BadFraming;
    if (size.size() > 15)
        return Verdict::BodyTooLarge;
    const qint64 n = size.toLongLong(nullptr, 16);
    if (m_bodyBytes + n > m_limits.maxBodyBytes)
        return Verdict::BodyTooLarge;
    m_bodyBytes += n;
    if (n == 0) {
        m_body = Body::Trailer;
    } else {
        m_body = Body::ChunkData;
        m_remaining = n;
    }
    return Verdict::Ok;
}

void RequestFramer::requestDone()
{
    m_phase = Phase::Idle;
    m_body = Body::None;
    m_head = QByteArray();
    m_line = QByteArray();
    ++m_completed;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                                 std::shared_ptr<int> open)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_open(std::move(open))
    , m_framer(limits)
{
    ++*m_open;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (!m_rejected && m_framer.phase() == RequestFramer::Phase::Idle)
            armTimer(); // an answer went out: the idle time starts again
    });
    armTimer();
}

ConnectionGuard::~ConnectionGuard()
{
    --*m_open;
}

void ConnectionGuard::armTimer()
{
    switch (m_framer.phase()) {
    case RequestFramer::Phase::Idle:
        // A connection that has not sent a request yet gets the header time, a kept-alive one the idle time.
        m_timer.start(m_framer.completed() == 0 ? m_limits.headerTimeoutMs : m_limits.idleTimeoutMs);
        break;
    case RequestFramer::Phase::Headers:
        m_timer.start(m_limits.headerTimeoutMs);
        break;
    case RequestFramer::Phase::Body:
        m_timer.start(m_limits.bodyTimeoutMs);
        break;
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_rejected) {
        drain();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    const QByteArray fresh = m_socket->peek(available);
    const RequestFramer::Phase phase = m_framer.phase();
    const int completed = m_framer.completed();
    switch (m_framer.feed(fresh.constData(), fresh.size())) {
    case RequestFramer::Verdict::Ok:
        break;
    case RequestFramer::Verdict::HeadersTooLarge:
        reject(431, "request_header_fields_too_large",
               QStringLiteral("The request's header block exceeds %1 bytes").arg(m_limits.maxHeaderBytes));
        return;
    case RequestFramer::Verdict::BodyTooLarge:
        reject(413, "payload_too_large",
               QStringLiteral("The request body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
        return;
    case RequestFramer::Verdict::BadFraming:
        reject(400, "bad_request",
               QStringLiteral("The request's Content-Length or chunked framing cannot be read"));
        return;
    }
    if (m_framer.phase() != phase || m_framer.completed() != completed)
        armTimer();
}

void ConnectionGuard::onTimeout()
{
    if (m_rejected || m_framer.phase() == RequestFramer::Phase::Idle) {
        close();
        return;
    }
    const bool headers = m_framer.phase() == RequestFramer::Phase::Headers;
    reject(408, "request_timeout",
           headers
               ? QStringLiteral("The request's headers did not arrive within %1 ms")
                     .arg(m_limits.headerTimeoutMs)
               : QStringLiteral("The request body did not arrive within %1 ms").arg(m_limits.bodyTimeoutMs));
}

void ConnectionGuard::reject(int status, const QByteArray &code, const QString &message)
{
    m_rejected = true;
    // Qt's parser never sees this connection again: its readyRead handler is cut off, and what it had
    // buffered is dropped.
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    qCInfo(lcSimHttp).noquote() << "refused a request from" << m_socket->peerAddress().toString() << "with"
                                << status << code;
    drain();
    m_socket->write(closingAnswer(status, code, message));
    m_socket->flush();
    // Half-close: the client gets the answer and the end of the stream while what it still sends is read
    // and dropped (a full close with unread input would reset the connection and could lose the answer).
    // Under TLS the close waits for the linger time (the answer says Connection: close).
    if (!qobject_cast<QSslSocket *>(m_socket) && m_socket->bytesToWrite() == 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.start(m_limits.rejectLingerMs);
}

void ConnectionGuard::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll(); // dropped; reading also re-enables reading from the kernel
}

void ConnectionGuard::close()
{
    m_socket->abort();
    m_socket->deleteLater();
}

bool admitConnection(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                     const std::shared_ptr<int> &open)
{
    if (*open >= limits.maxConnections) {
        qCWarning(lcSimHttp).noquote() << "connection cap" << limits.maxConnections
                                       << "reached: answering 503 to" << socket->peerAddress().toString();
        socket->write(closingAnswer(
            503, "unavailable",
            QStringLiteral("Too many open connections (%1); retry shortly").arg(limits.maxConnections),
            "Retry-After: 1\r\n"));
        socket->flush();
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(limits.rejectLingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
        return false;
    }
    socket->setReadBufferSize(limits.readBufferBytes());
    new ConnectionGuard(socket, httpServer, limits, open);
    return true;
}

long raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t before = limit.rlim_cur;
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = before;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : long(limit.rlim_cur);
}

} // namespace sim

// Enforces connectionlimits.h on every connection while its bytes arrive, before QAbstractHttpServer (Qt 6.4)
// buffers them. How it gets in first (checked against Qt 6.4's qabstracthttpserver.cpp): Qt takes each new
// socket from QTcpServer::nextPendingConnection() (virtual) and only then connects its readyRead handler, so
// GuardedServer overrides nextPendingConnection(), sets the socket's read buffer and connects the guard's
// handler before Qt's: the guard sees every byte first. Qt reads inside a socket read transaction, so what
// the guard peeks at (bytesAvailable() after the transaction's position) is exactly what arrived since
// Qt's last read.
#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace sim {

// Follows one connection's byte stream request by request the way an HTTP/1.1 parser frames it (request
// line and header fields up to an empty line, then Content-Length bytes or a chunked body), keeping at most
// one header block. It judges framing and size only, never content.
class RequestFramer
{
public:
    enum class Phase
    {
        Idle,    // between requests: nothing of the next one seen yet
        Headers, // inside a header block
        Body     // inside a body (fixed length or chunked)
    };
    enum class Verdict
    {
        Ok,
        HeadersTooLarge, // 431
        BodyTooLarge,    // 413
        BadFraming // 400: a length or chunk size that cannot be read, or both Content-Length and chunked
    };

    explicit RequestFramer(const ConnectionLimits &limits);
    Verdict feed(const char *data, qsizetype size); // after a verdict other than Ok, stop feeding
    Phase phase() const { return m_phase; }
    int completed() const { return m_completed; } // requests framed so far

private:
    enum class Body
    {
        None,
        Fixed,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailer
    };
    Verdict headersDone();
    Verdict chunkSizeLine();
    void requestDone();

    ConnectionLimits m_limits;
    Phase m_phase = Phase::Idle;
    Body m_body = Body::None;
    QByteArray m_head;         // the current header block (at most maxHeaderBytes)
    QByteArray m_line;         // the current chunk-size or trailer line (at most MaxChunkLineBytes)
    qint64 m_remaining = 0;    // bytes left of a fixed body or of the current chunk
    qint64 m_bodyBytes = 0;    // decoded body bytes of the current request
    qint64 m_framingBytes = 0; // chunk framing bytes of the current request
    int m_completed = 0;
};

// The guard of one socket: frames its bytes, runs the header/body/idle timers, and answers a violation with
// a closing error (431, 413, 400, 408) before Qt parses it. A child of the socket: it goes with it.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // `httpServer` is the QAbstractHttpServer whose readyRead handler is cut off on a violation;
    // `open` counts the guarded connections (decremented when the guard goes).
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                    std::shared_ptr<int> open);
    ~ConnectionGuard() override;

private:
    void onReadyRead();
    void onTimeout();
    void armTimer();
    void reject(int status, const QByteArray &code, const QString &message);
    void drain();
    void close();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    ConnectionLimits m_limits;
    std::shared_ptr<int> m_open;
    RequestFramer m_framer;
    QTimer m_timer;
    bool m_rejected = false;
};

// Guards `socket`, or answers it 503 and closes it when `open` has reached limits.maxConnections (false:
// the socket is not handed on).
bool admitConnection(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                     const std::shared_ptr<int> &open);

// A listening server (QTcpServer or QSslServer) whose connections are guarded and capped.
template<typename Base>
class GuardedServer : public Base
{
public:
    GuardedServer(QObject *httpServer, const ConnectionLimits &limits, QObject *parent)
        : Base(parent)
        , m_httpServer(httpServer)
        , m_limits(limits)
    {}
    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            if (admitConnection(socket, m_httpServer, m_limits, m_open))
                return socket;
        }
        return nullptr;
    }

private:
    QPointer<QObject> m_httpServer;
    ConnectionLimits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

// Raises this process's soft RLIMIT_NOFILE to its hard limit (portal-sim's main() calls it at start), so the
// connection cap binds before the descriptor table does. Returns the soft limit now in force (-1 unknown).
long raiseDescriptorLimit();

} // namespace sim

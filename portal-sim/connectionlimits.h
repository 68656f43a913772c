// What one client may cost portal-sim: request size, time and the number of open connections. These are
// enforced while bytes are read (connectionguard.h), before Qt's request parser buffers anything, so a
// hostile or broken client costs at most these figures. Each default is a named constant; the stated
// invariant is what the code guarantees. Tests pass smaller timeouts and caps through Options::limits.
#pragma once

#include <QtGlobal>

namespace sim {

// Request line + header fields + the empty line that ends them. Invariant: once this many bytes of one
// request's header block have arrived without its end, the client is answered 431 and the connection is
// closed; no more of it is read into memory.
constexpr qsizetype MaxHeaderBytes = 16 * 1024;

// A request body (the decoded data of a chunked body). The contract's own figure (its payload_too_large
// example says 65536). Invariant: 413 and close as soon as Content-Length announces more (when the headers
// arrive, before any body byte is read), or as soon as a chunked body's data passes it while being read.
constexpr qsizetype MaxBodyBytes = 64 * 1024;

// Chunked framing of one body (chunk-size lines, CRLFs, trailer fields). Invariant: more is answered 413
// (a body sent in tiny chunks costs as much framing as data).
constexpr qsizetype MaxChunkFramingBytes = 16 * 1024;

// One chunk-size line (hex size and extensions). Invariant: a longer line is a framing error (400).
constexpr qsizetype MaxChunkLineBytes = 1024;

// The socket's read buffer. Qt 6.4 keeps a request in the socket buffer (a read transaction) until the
// request is complete, so the buffer must hold one whole request at its limits plus the start of the next
// one; otherwise a request within the limits would stall. Invariant: no connection holds more unread bytes
// than this; the kernel's socket buffer (and TCP flow control) holds the rest.
constexpr qint64 ReadBufferBytes = 2 * MaxHeaderBytes + MaxBodyBytes + MaxChunkFramingBytes;

// Open connections at a time. Invariant: a connection over the cap is answered 503 with Retry-After and
// closed at once, never left waiting; the descriptor limit is raised at start (main.cpp) so that this cap,
// not the descriptor table, is what binds.
constexpr int MaxConnections = 512;

// From the first byte of a request (or from accept, for a connection that has sent nothing yet) until the
// end of its header block. Invariant: a request whose headers are not complete by then is answered 408
// and closed (slow-header clients cannot hold a connection).
constexpr int HeaderTimeoutMs = 10 * 1000;

// From the end of the header block until the end of the body. Invariant: 408 and close when it passes.
constexpr int BodyTimeoutMs = 30 * 1000;

// A kept-alive connection with no request in progress (the time restarts whenever an answer is written).
// Longer than the 120 s for which Qt's network access manager keeps an idle connection, so the console
// always closes first and never races a POST against the sim's close. Invariant: closed silently after it.
constexpr int IdleTimeoutMs = 150 * 1000;

// After an error answer (4xx from the limits above), what the client still sends is read and thrown away
// for this long, so that it can read the answer before the connection closes (closing with unread input
// makes the kernel reset the connection, which can destroy the answer). Invariant: the connection is
// aborted after it, and nothing read meanwhile is kept.
constexpr int RejectLingerMs = 1000;

struct ConnectionLimits
{
    qsizetype maxHeaderBytes = MaxHeaderBytes;
    qsizetype maxBodyBytes = MaxBodyBytes;
    qsizetype maxChunkFramingBytes = MaxChunkFramingBytes;
    int maxConnections = MaxConnections;
    int headerTimeoutMs = HeaderTimeoutMs;
    int bodyTimeoutMs = BodyTimeoutMs;
    int idleTimeoutMs = IdleTimeoutMs;
    int rejectLingerMs = RejectLingerMs;

    // The read buffer for these limits (see ReadBufferBytes).
    qint64 readBufferBytes() const { return 2 * maxHeaderBytes + maxBodyBytes + maxChunkFramingBytes; }
};

} // namespace sim

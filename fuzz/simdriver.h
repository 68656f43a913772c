// Drives an in-process HTTP server (portal-sim's HttpServer, alone or inside PortalSim) with raw bytes
// over a real loopback TCP connection: the request parser is Qt's (QAbstractHttpServer's, not callable
// without a socket), and the fuzzer reaches it exactly as a client would. Same thread: the Qt event loop
// runs while waiting for the answer.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace fuzz {

// Connects to 127.0.0.1:port, writes `request` and runs the event loop until the server closes its side,
// nothing moves for a few rounds (the server has answered what it will), or `timeoutMs` passed. Returns
// what the server sent.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 2000);

} // namespace fuzz

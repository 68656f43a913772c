#include "simdriver.h"

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fuzz {

namespace {

// Rounds of the event loop without a byte moving after which the exchange is over. Loopback delivers a
// send() at once and the server runs in this thread: one round reads and handles the request, the next
// flushes the answer; a few more cover queued work. An input without an answer waits a little longer.
constexpr int kQuietRoundsAfterAnswer = 3;
constexpr int kQuietRoundsWithoutAnswer = 8;

} // namespace

QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    check(fd >= 0, "no socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    check(::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0, "cannot connect");
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

    // No half-close after the request: QAbstractHttpServer (Qt 6.4) drops a connection whose peer has
    // shut down its side before it answered, so the end of an exchange is found by quiet instead.
    QByteArray answer;
    qsizetype written = 0;
    int quiet = 0;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool moved = false;
        if (written < request.size()) {
            const ssize_t n =
                ::send(fd, request.constData() + written, size_t(request.size() - written), MSG_NOSIGNAL);
            if (n > 0) {
                written += n;
                moved = true;
            } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                written = request.size(); // the server closed early (e.g. after answering 413)
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, quiet < 2 ? 0 : 1) > 0) {
            char buffer[16384];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                answer.append(buffer, n);
                moved = true;
            } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                break; // the server closed its side
            }
        }
        quiet = moved || written < request.size() ? 0 : quiet + 1;
        if (quiet >= (answer.isEmpty() ? kQuietRoundsWithoutAnswer : kQuietRoundsAfterAnswer))
            break;
    }
    ::close(fd);
    // Let the server see the close and drop the connection before the next input.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return answer;
}

} // namespace fuzz

#include "terminal.h"

#include <cstdio>
#include <fcntl.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace deployctl {

namespace {
std::optional<std::string> readLine(int fd)
{
    std::string line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            return line.empty() ? std::nullopt : std::optional<std::string>(line);
        if (c == '\n')
            break;
        line.push_back(c);
        if (line.size() > 4096)
            break;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

int openTerminal()
{
    return ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
}
} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> readPasswordFromTerminal(const QString &prompt)
{
    const int fd = openTerminal();
    if (fd < 0)
        return std::nullopt;
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(fd, p.constData(), size_t(p.size()));
    termios old{};
    const bool haveAttrs = ::tcgetattr(fd, &old) == 0;
    if (haveAttrs) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    auto line = readLine(fd);
    if (haveAttrs)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (!line)
        return std::nullopt;
    QString out = QString::fromLocal8Bit(line->data(), qsizetype(line->size()));
    std::fill(line->begin(), line->end(), '\0');
    return out;
}

std::optional<QString> readLineFromStdin()
{
    auto line = readLine(STDIN_FILENO);
    if (!line)
        return std::nullopt;
    QString out = QString::fromLocal8Bit(line->data(), qsizetype(line->size()));
    std::fill(line->begin(), line->end(), '\0');
    return out;
}

std::optional<QString> askTerminal(const QString &prompt)
{
    const int fd = openTerminal();
    if (fd < 0)
        return std::nullopt;
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(fd, p.constData(), size_t(p.size()));
    auto line = readLine(fd);
    ::close(fd);
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(line->data(), qsizetype(line->size())).trimmed();
}

} // namespace deployctl

#include "secureclear.h"

#include <cstddef>

namespace pdc {

namespace {

void wipe(void *data, std::size_t bytes)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (bytes--)
        *p++ = 0;
}

} // namespace

bool secureWipe(QString &s)
{
    if (s.capacity() <= 0 || !s.isDetached())
        return false;
    // data() of an unshared string does not copy; capacity() counts from data().
    wipe(s.data(), std::size_t(s.capacity()) * sizeof(QChar));
    return true;
}

bool secureWipe(QByteArray &b)
{
    if (b.capacity() <= 0 || !b.isDetached())
        return false;
    wipe(b.data(), std::size_t(b.capacity()));
    return true;
}

bool secureClear(QString &s)
{
    const bool wiped = secureWipe(s);
    s = QString();
    return wiped;
}

bool secureClear(QByteArray &b)
{
    const bool wiped = secureWipe(b);
    b = QByteArray();
    return wiped;
}

void secureClear(std::string &s)
{
    wipe(s.data(), s.capacity()); // capacity() excludes the terminating byte, which is already zero
    s.clear();
    s.shrink_to_fit();
}

} // namespace pdc

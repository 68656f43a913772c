// Small helpers shared by the harnesses: the input as a QByteArray, and a check that stops the process
// (so libFuzzer and the replay test both see it) when an invariant of the code under test is broken.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant broke: name it and abort (a crash for libFuzzer, a failed replay test).
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char *what)
{
    if (!ok)
        broken(what);
}

} // namespace fuzz

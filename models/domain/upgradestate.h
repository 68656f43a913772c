// Overall and per-service upgrade states. A state string the console does not know is kept as it
// came (raw) and shown that way; it is never mapped to a known state.
#pragma once

#include <QString>

namespace pdc {

struct UpgradeState
{
    enum class Kind
    {
        Pending,
        InProgress,
        Success,
        Failed,
        Partial,
        Unknown, // a string this console does not know; see raw
    };

    Kind kind = Kind::Unknown;
    QString raw; // exactly as the portal sent it

    static UpgradeState fromWire(const QString &wire);
    static UpgradeState of(Kind kind); // raw is the canonical wire string

    // SUCCESS, FAILED and PARTIAL are final; PENDING and IN_PROGRESS are not. An unknown state is not
    // treated as final: the console keeps watching and shows it as it came.
    bool isFinal() const;
    bool isKnown() const { return kind != Kind::Unknown; }

    friend bool operator==(const UpgradeState &a, const UpgradeState &b) { return a.raw == b.raw; }
};

QString toWire(UpgradeState::Kind kind);

} // namespace pdc

// Overall and per-service upgrade states. A state string the console does not know is kept as it
// came (raw) and shown that way; it is never mapped to a known state.
#pragma once

#include <QDateTime>
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

// Whether an upgrade has ended, the one rule for every view and for deployctl: a final state (SUCCESS,
// FAILED, PARTIAL), or a state this console does not know (e.g. "CANCELLED") once the portal gives it a
// completed_at (docs/api/openapi.yaml, "States"). A known running state is trusted over a completed_at.
bool hasEnded(const UpgradeState &state, const QDateTime &completedAt);

// Upgrade ids are the portal's opaque strings, but a portal may answer with its own spelling of an id
// typed in another letter case (a UUID typed in lower case, answered in upper case). Ids that differ only
// in letter case name the same upgrade (docs/api/openapi.yaml, "Upgrade ids").
bool sameUpgradeId(const QString &a, const QString &b);

} // namespace pdc

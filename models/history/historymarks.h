// What History marks about an upgrade beyond the portal's summary (issue 16): that it was started under
// an emergency override of its change window or freeze, read from the trigger record the console wrote
// when it sent it (`upgrade.triggered`, payload "safeguards": GateVerdict::recordFields()).
//
// Invariants:
// - Only a trigger record says so: the mark is the record's own words (who gave the override, their
//   role, when, why), never inferred from the portal's summary or from an approval record.
// - Pure and total: a payload without the fields, or with fields of the wrong type, gives no mark.
// - Once any trigger record of an upgrade names an override, the upgrade is marked: a later record of the
//   same upgrade (a resent attempt) that names none does not unmark it; a later one that names another
//   override replaces the earlier one's words.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pdc {

struct JournalEntry;

// The emergency override an upgrade's trigger was sent under.
struct OverrideMark
{
    QString overrideId;
    QString by;   // the lead who gave it
    QString role; // their portal role then
    QString reason;
    QDateTime at;      // when it was given (UTC); invalid when the record did not say
    QString requestId; // the approval request it overrode the window for (may be empty)

    // "by adam (role admin) at 2026-12-01T21:03:00Z: datacenter fire" (English, stable: exports).
    QString describe() const;
    // {"override_id", "by", "role", "at", "reason", "request_id"}: exports and deployctl alike.
    QJsonObject toJson() const;
    friend bool operator==(const OverrideMark &, const OverrideMark &) = default;
};

// The override in a trigger record's payload ({"safeguards": {"override": {...}}}); nullopt when none.
std::optional<OverrideMark> overrideMarkOf(const QJsonObject &triggerPayload);

// upgrade id -> its override, from records of any kinds (only `upgrade.triggered` ones are read), in
// their order.
QHash<QString, OverrideMark> overrideMarksOf(const QList<JournalEntry> &entries);

} // namespace pdc

// What both change record exports (JSON and PDF) read the same way from their input: the upgrade's
// facts (the journal's trigger record first, the portal's answer second, the profile last) and the
// per-service results (the portal's at export time, else the journal's last state record).
#pragma once

#include "changerecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pdc {

struct ChangeRecordFacts
{
    QString tenant, environment, portal, profile, service, version, operatorName, scopeReason;
    QString idempotencyKey, via, confirmation;
    QJsonArray services, preflight, overrides;
    QJsonObject versionsBefore; // service -> version it ran when triggered, when the record has it
    std::optional<bool> forced;
    QString source; // "journal", "portal" or "none"
};

ChangeRecordFacts changeRecordFactsOf(const ChangeRecordInput &input);

// `source` is set to "portal at export" or "journal".
QJsonArray changeRecordServiceResults(const ChangeRecordInput &input, QString *source);

// The records the export lists: the caller's, or this workstation's journal entries of the upgrade.
QList<ChangeRecordEntry> changeRecordEntries(const ChangeRecordInput &input);

QString changeRecordIso(const QDateTime &at);
// For people: "2026-11-28 20:00:07 UTC" (empty for an invalid time).
QString changeRecordWhen(const QDateTime &at);
QString changeRecordItemTitle(const ChecklistItemState &item);

} // namespace pdc

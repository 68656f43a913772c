// The change record of one upgrade: what was changed, by whom, how it went, and how it was validated.
// Exported as JSON (machine-readable, carries the hash chain so an auditor can verify it) and as PDF
// (Qt's own QPdfWriter; for people and ticket attachments). Both are pure functions of their input, so
// they can run on a worker thread.
#pragma once

#include "chainsegment.h"
#include "checklist.h"
#include "domain/connectionprofile.h"
#include "domain/upgrade.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pdc {

struct ChangeRecordInput
{
    Checklist checklist;
    ConnectionProfile profile;
    std::optional<UpgradeStatus> portalStatus; // fetched from the portal at export time, if it answered
    QString portalStatusError;                 // why it is missing
    ChainSegment chain;
    QDateTime exportedAt;
    QString exportedBy;
};

QJsonObject changeRecordJson(const ChangeRecordInput &input);
// The PDF's content as rich text (QTextDocument HTML subset).
QString changeRecordHtml(const ChangeRecordInput &input);

bool writeChangeRecordJson(const ChangeRecordInput &input, const QString &path, QString *error);
bool writeChangeRecordPdf(const ChangeRecordInput &input, const QString &path, QString *error);

} // namespace pdc

// One upgrade's validation checklist as a projection of its journal entries: nothing about a
// checklist is stored anywhere but in the record journal, so what the console shows after a restart is
// exactly what was written. The journal kinds read here:
//   upgrade.triggered   the upgrade's own facts (service, version, scope reason, pre-flight ...)
//   upgrade.state       observed state changes (the timeline)
//   checklist.opened    items and whether each is automatic, fixed when the checklist opened
//   checklist.item      one result of one item (the latest counts; earlier ones stay as attempts)
//   checklist.signoff   the sign-off; nothing but amendments may follow
//   checklist.amendment a later correction with its own time and author
#pragma once

#include "records/recordjournal.h"
#include "records/recordkinds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pdc {

// The kinds are defined once, in records/recordkinds.h; these are the names this area reads them by.
namespace checklistkind {
inline const QString &Opened = recordkind::ChecklistOpened;
inline const QString &Item = recordkind::ChecklistItem;
inline const QString &SignOff = recordkind::ChecklistSignOff;
inline const QString &Amendment = recordkind::ChecklistAmendment;
inline const QString &UpgradeTriggered = recordkind::Triggered;
inline const QString &UpgradeState = recordkind::UpgradeState;
} // namespace checklistkind

struct ProbeEvidence
{
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString excerpt;
    QString target;
    QString message;
};

struct AttachmentRecord
{
    QString name;       // the file's original name
    QString sha256;     // hex, of the stored copy
    QString storedPath; // relative to the data folder, e.g. "attachments/ab12…-dashboard.png"
};

struct ItemResult
{
    qint64 seq = 0;
    QDateTime at;
    QString author;
    bool pass = false;
    bool automatic = false;
    std::optional<ProbeEvidence> evidence;
    QString note;
    QString link;
    std::optional<AttachmentRecord> attachment;
};

struct ChecklistItemState
{
    QString id;
    QString title; // as written when the checklist opened
    bool automatic = false;
    QString probe;                    // probe key when automatic
    std::optional<ItemResult> result; // the latest
    QList<ItemResult> attempts;       // every result, oldest first (the latest is the last)
};

struct Amendment
{
    qint64 seq = 0;
    QDateTime at;
    QString author;
    QString item; // empty: the checklist as a whole
    QString text;
};

struct SignOff
{
    qint64 seq = 0;
    QDateTime at;
    QString author;
    QString displayName;
    QString role;
    QString portalTenant;
    QString portal;
};

struct StateObservation
{
    qint64 seq = 0;
    QDateTime at;
    QString state;
    QString message;
    QJsonArray services;
};

class Checklist
{
public:
    static Checklist fromEntries(const QString &upgradeId, const QList<JournalEntry> &entries);

    QString upgradeId;
    bool opened = false;
    QDateTime openedAt;
    QString openedBy;
    QString finalState; // the upgrade's state when the checklist opened
    QList<ChecklistItemState> items;
    QList<Amendment> amendments;
    std::optional<SignOff> signOff;

    // The upgrade's facts from the journal (may be empty when it was triggered elsewhere).
    QJsonObject triggered; // payload of upgrade.triggered
    QString triggeredBy;
    QDateTime triggeredAt;
    QList<StateObservation> timeline;

    bool isSigned() const { return signOff.has_value(); }
    bool isRollback() const;
    int resultCount() const;
    int failedCount() const;
    bool isComplete() const { return opened && resultCount() == int(items.size()); }
    const ChecklistItemState *item(const QString &id) const;
};

// Conversions shared by the recorder and the exports.
QJsonObject toJson(const ProbeEvidence &evidence);
QJsonObject toJson(const AttachmentRecord &attachment);
QJsonObject toJson(const ItemResult &result);

} // namespace pdc

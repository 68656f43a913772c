// Writes a checklist's changes to the record journal, one entry per change, at once; and enforces the
// rules: a manual result needs a note, only items of the checklist can get results, sign-off needs a
// result for every item, and after sign-off only amendments may be appended.
//
// Attachments (e.g. a dashboard screenshot) are copied into <data folder>/attachments/ under a name
// that starts with their SHA-256, so the journal's name and hash always point at an unchanged copy
// (attachmentstore.h: streamed, capped at kAttachmentMaxBytes, an existing copy re-hashed). That copy is
// blocking file work: the GUI stores the attachment on a worker first (storeAttachment()) and then
// writes the result with recordManualStored() on its own thread.
#pragma once

#include "checklist.h"
#include "checklistitems.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace pdc {

class RecordJournal;

// The operator's portal identity as recorded on entries and the sign-off.
struct OperatorIdentity
{
    QString username; // the journal's author
    QString displayName;
    QString role;
    QString portalTenant; // the organization the portal session belongs to
    QString portal;       // the portal URL
};

class ChecklistRecorder
{
public:
    // dataDir: the folder of the local store; attachments go to dataDir/attachments.
    ChecklistRecorder(RecordJournal *journal, QString dataDir);

    Checklist load(const QString &upgradeId) const;
    // Upgrades that have a checklist, newest first.
    QStringList checklistUpgradeIds() const;

    // Opens the checklist of an upgrade that ended in finalState (a final state). Does nothing when it
    // is already open. False with *error when it could not be written or the state is not final.
    bool open(const QString &upgradeId, const UpgradeState &finalState, const ConnectionProfile &profile,
              const OperatorIdentity &who, QString *error);

    bool recordProbe(const QString &upgradeId, const QString &itemId, const ProbeResult &probe,
                     const OperatorIdentity &who, QString *error);
    // attachmentSource: a file to copy into the data folder, or empty. Blocking: copies the file here.
    bool recordManual(const QString &upgradeId, const QString &itemId, bool pass, const QString &note,
                      const QString &link, const QString &attachmentSource, const OperatorIdentity &who,
                      QString *error);
    // The rules a manual result must pass before anything is copied or written (editable, a note, a
    // valid link): false with *error when it would be refused.
    bool checkManual(const QString &upgradeId, const QString &itemId, const QString &note,
                     const QString &link, QString *error) const;
    // recordManual() with the attachment already stored (storeAttachment()), or none.
    bool recordManualStored(const QString &upgradeId, const QString &itemId, bool pass, const QString &note,
                            const QString &link, const std::optional<AttachmentRecord> &attachment,
                            const OperatorIdentity &who, QString *error);
    bool signOff(const QString &upgradeId, const OperatorIdentity &who, QString *error);
    // itemId empty: an amendment of the checklist as a whole.
    bool amend(const QString &upgradeId, const QString &itemId, const QString &text,
               const OperatorIdentity &who, QString *error);

    QString attachmentsDir() const;
    QString dataDir() const { return m_dataDir; }

    // Copies a file into dataDir/attachments under "<sha256[0..16]>-<name>" and returns what the journal
    // records (storeAttachmentFile(): streamed, capped, an existing copy re-hashed). Any thread.
    static std::optional<AttachmentRecord> storeAttachment(const QString &source, const QString &dataDir,
                                                           QString *error);

private:
    bool checkEditable(const Checklist &checklist, const QString &itemId, QString *error) const;
    bool write(const QString &upgradeId, const QString &kind, const OperatorIdentity &who,
               const QJsonObject &payload, QString *error);

    RecordJournal *m_journal;
    QString m_dataDir;
};

} // namespace pdc

#include "checklistrecorder.h"

#include "attachmentstore.h"
#include "records/recordjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcChecklist, "console.checklist")

namespace pdc {

namespace {

class ChecklistRecorderText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRecorder)
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

ChecklistRecorder::ChecklistRecorder(RecordJournal *journal, QString dataDir)
    : m_journal(journal)
    , m_dataDir(std::move(dataDir))
{}

Checklist ChecklistRecorder::load(const QString &upgradeId) const
{
    return Checklist::fromEntries(upgradeId, m_journal->entries(upgradeId));
}

QStringList ChecklistRecorder::checklistUpgradeIds() const
{
    QStringList ids;
    const QList<JournalEntry> opened = m_journal->entriesOfKind(checklistkind::Opened);
    for (auto it = opened.crbegin(); it != opened.crend(); ++it) {
        if (!ids.contains(it->upgradeId))
            ids.append(it->upgradeId);
    }
    return ids;
}

QString ChecklistRecorder::attachmentsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("attachments"));
}

bool ChecklistRecorder::write(const QString &upgradeId, const QString &kind, const OperatorIdentity &who,
                              const QJsonObject &payload, QString *error)
{
    if (!m_journal->append(upgradeId, kind, who.username, payload)) {
        qCWarning(lcChecklist) << "could not write" << kind << "of" << upgradeId << m_journal->errorString();
        setError(
            error,
            ChecklistRecorderText::tr("The record could not be written: %1").arg(m_journal->errorString()));
        return false;
    }
    qCInfo(lcChecklist) << "wrote" << kind << "of" << upgradeId;
    return true;
}

bool ChecklistRecorder::open(const QString &upgradeId, const UpgradeState &finalState,
                             const ConnectionProfile &profile, const OperatorIdentity &who, QString *error)
{
    if (load(upgradeId).opened)
        return true;
    if (!finalState.isFinal()) {
        setError(error, ChecklistRecorderText::tr(
                            "Upgrade %1 is %2: its checklist opens once it reaches a final state.")
                            .arg(upgradeId, finalState.raw.isEmpty() ? ChecklistRecorderText::tr("not final")
                                                                     : finalState.raw));
        return false;
    }
    QJsonArray items;
    for (const ChecklistItemSpec &spec : checklistItemsFor(finalState)) {
        const bool automatic = spec.probe && probeConfigured(profile, *spec.probe);
        QJsonObject o{{QStringLiteral("id"), spec.id},
                      {QStringLiteral("title"), spec.title()},
                      {QStringLiteral("automatic"), automatic}};
        if (automatic)
            o.insert(QStringLiteral("probe"), probeKey(*spec.probe));
        items.append(o);
    }
    return write(upgradeId, checklistkind::Opened, who,
                 {{QStringLiteral("final_state"), finalState.raw},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("profile"), profile.name},
                  {QStringLiteral("tenant"), profile.tenant},
                  {QStringLiteral("environment"), profile.environment},
                  {QStringLiteral("portal"), profile.portalUrl.toString()}},
                 error);
}

bool ChecklistRecorder::checkEditable(const Checklist &checklist, const QString &itemId, QString *error) const
{
    if (!checklist.opened) {
        setError(error,
                 ChecklistRecorderText::tr("Upgrade %1 has no open checklist.").arg(checklist.upgradeId));
        return false;
    }
    if (checklist.isSigned()) {
        setError(error, ChecklistRecorderText::tr(
                            "The checklist is signed off and cannot be edited; add an amendment instead."));
        return false;
    }
    if (!itemId.isNull() && !checklist.item(itemId)) {
        setError(error, ChecklistRecorderText::tr("The checklist has no item \"%1\".").arg(itemId));
        return false;
    }
    return true;
}

bool ChecklistRecorder::recordProbe(const QString &upgradeId, const QString &itemId, const ProbeResult &probe,
                                    const OperatorIdentity &who, QString *error)
{
    const Checklist checklist = load(upgradeId);
    if (!checkEditable(checklist, itemId, error))
        return false;
    const ProbeEvidence evidence{probe.httpStatus, probe.elapsedMs, probe.excerpt, probe.target,
                                 probe.message};
    return write(upgradeId, checklistkind::Item, who,
                 {{QStringLiteral("item"), itemId},
                  {QStringLiteral("result"), probe.ok ? QStringLiteral("pass") : QStringLiteral("fail")},
                  {QStringLiteral("automatic"), true},
                  {QStringLiteral("evidence"), toJson(evidence)},
                  {QStringLiteral("note"), QString()},
                  {QStringLiteral("link"), QString()}},
                 error);
}

bool ChecklistRecorder::checkManual(const QString &upgradeId, const QString &itemId, const QString &note,
                                    const QString &link, QString *error) const
{
    const Checklist checklist = load(upgradeId);
    if (!checkEditable(checklist, itemId, error))
        return false;
    if (note.trimmed().isEmpty()) {
        setError(error, ChecklistRecorderText::tr(
                            "A manual result needs a note: write what you checked and what you saw."));
        return false;
    }
    const QString trimmedLink = link.trimmed();
    if (!trimmedLink.isEmpty()) {
        const QUrl url(trimmedLink, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty()) {
            setError(error, ChecklistRecorderText::tr(
                                "The link is not a valid address (it needs a scheme such as https://)."));
            return false;
        }
    }
    return true;
}

bool ChecklistRecorder::recordManual(const QString &upgradeId, const QString &itemId, bool pass,
                                     const QString &note, const QString &link,
                                     const QString &attachmentSource, const OperatorIdentity &who,
                                     QString *error)
{
    if (!checkManual(upgradeId, itemId, note, link, error))
        return false;
    std::optional<AttachmentRecord> attachment;
    if (!attachmentSource.isEmpty()) {
        attachment = storeAttachment(attachmentSource, m_dataDir, error);
        if (!attachment)
            return false;
    }
    return recordManualStored(upgradeId, itemId, pass, note, link, attachment, who, error);
}

bool ChecklistRecorder::recordManualStored(const QString &upgradeId, const QString &itemId, bool pass,
                                           const QString &note, const QString &link,
                                           const std::optional<AttachmentRecord> &attachment,
                                           const OperatorIdentity &who, QString *error)
{
    // Checked again: the checklist may have been signed while the attachment was being copied.
    if (!checkManual(upgradeId, itemId, note, link, error))
        return false;
    QJsonObject payload{{QStringLiteral("item"), itemId},
                        {QStringLiteral("result"), pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                        {QStringLiteral("automatic"), false},
                        {QStringLiteral("note"), note.trimmed()},
                        {QStringLiteral("link"), link.trimmed()}};
    if (attachment)
        payload.insert(QStringLiteral("attachment"), toJson(*attachment));
    return write(upgradeId, checklistkind::Item, who, payload, error);
}

bool ChecklistRecorder::signOff(const QString &upgradeId, const OperatorIdentity &who, QString *error)
{
    const Checklist checklist = load(upgradeId);
    if (!checkEditable(checklist, QString(), error))
        return false;
    if (!checklist.isComplete()) {
        const int missing = int(checklist.items.size()) - checklist.resultCount();
        setError(error, ChecklistRecorderText::tr("%n item(s) still need a result before sign-off.", nullptr,
                                                  missing));
        return false;
    }
    if (who.username.isEmpty()) {
        setError(error, ChecklistRecorderText::tr(
                            "Sign in to the portal to sign off: the sign-off records your portal identity."));
        return false;
    }
    return write(upgradeId, checklistkind::SignOff, who,
                 {{QStringLiteral("display_name"), who.displayName},
                  {QStringLiteral("role"), who.role},
                  {QStringLiteral("portal_tenant"), who.portalTenant},
                  {QStringLiteral("portal"), who.portal},
                  {QStringLiteral("items"), int(checklist.items.size())},
                  {QStringLiteral("failed"), checklist.failedCount()}},
                 error);
}

bool ChecklistRecorder::amend(const QString &upgradeId, const QString &itemId, const QString &text,
                              const OperatorIdentity &who, QString *error)
{
    const Checklist checklist = load(upgradeId);
    if (!checklist.opened) {
        setError(error, ChecklistRecorderText::tr("Upgrade %1 has no open checklist.").arg(upgradeId));
        return false;
    }
    if (!itemId.isEmpty() && !checklist.item(itemId)) {
        setError(error, ChecklistRecorderText::tr("The checklist has no item \"%1\".").arg(itemId));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        setError(error,
                 ChecklistRecorderText::tr("An amendment needs a text that says what is corrected and why."));
        return false;
    }
    return write(upgradeId, checklistkind::Amendment, who,
                 {{QStringLiteral("item"), itemId}, {QStringLiteral("text"), text.trimmed()}}, error);
}

std::optional<AttachmentRecord> ChecklistRecorder::storeAttachment(const QString &source,
                                                                   const QString &dataDir, QString *error)
{
    return storeAttachmentFile(source, dataDir, error);
}

} // namespace pdc

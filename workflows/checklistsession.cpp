#include "checklistsession.h"

#include "checklist/chainsegment.h"
#include "checklist/changerecord.h"
#include "checklist/changerecordfacts.h"
#include "checklist/teamchecklist.h"
#include "domain/clock.h"
#include "ledger/ledgershipper.h"
#include "ledger/teamrecords.h"
#include "policy/safeguardrecords.h"
#include "portalgateway.h"
#include "records/recordjournal.h"
#include "store/localstore.h"
#include "teamledger.h"
#include "workflowslogging.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace pdc {

ConnectionProfile ChecklistServices::currentProfile() const
{
    return gateway ? gateway->profile() : profile;
}

OperatorIdentity ChecklistServices::identity() const
{
    OperatorIdentity who;
    const ConnectionProfile p = currentProfile();
    who.portal = p.portalUrl.toString();
    if (gateway) {
        if (const auto session = gateway->session()) {
            who.username = session->user.username;
            who.displayName = session->user.displayName;
            who.role = session->user.role;
            who.portalTenant = session->organization.tenant;
            return who;
        }
    }
    who.username = p.username;
    return who;
}

bool ChecklistServices::mayRecord() const
{
    // The portal's role decides: an auditor reads and exports checklists but records nothing. Without a
    // session (offline) the operator may still write manual results; sign-off needs a session anyway.
    const auto session = gateway ? gateway->session() : std::nullopt;
    return !session || session->user.mayTrigger();
}

ChecklistSession::ChecklistSession(ChecklistServices services, QString upgradeId, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_upgradeId(std::move(upgradeId))
    , m_recorder(m_services.journal, QFileInfo(m_services.store->path()).absolutePath())
{}

ChecklistSession::~ChecklistSession()
{
    waitForWorkers();
}

void ChecklistSession::waitForWorkers()
{
    for (QFutureWatcherBase *work : findChildren<QFutureWatcherBase *>())
        work->waitForFinished();
}

Checklist ChecklistSession::checklist() const
{
    return m_recorder.load(m_upgradeId);
}

ChecklistSession::Outcome ChecklistSession::refusal(const QString &error)
{
    m_error = error;
    return Outcome::Refused;
}

QString ChecklistSession::suggestedLink(const QString &itemId) const
{
    const ConnectionProfile p = profile();
    if (itemId != QLatin1String("monitoring") || p.metricsLinkTemplate.isEmpty())
        return {};
    return fillLinkTemplate(
        p.metricsLinkTemplate,
        {{QStringLiteral("upgrade_id"), m_upgradeId},
         {QStringLiteral("service"), checklist().triggered.value(QStringLiteral("service")).toString()}});
}

void ChecklistSession::open()
{
    const Checklist current = checklist();
    if (current.opened) {
        emit opened(false, current.finalState);
        return;
    }
    if (const auto last = m_services.journal->latest(m_upgradeId, checklistkind::UpgradeState)) {
        const QString state = last->payload.value(QStringLiteral("state")).toString();
        if (UpgradeState::fromWire(state).isFinal() || !m_services.gateway) {
            openWithState(state);
            return;
        }
    }
    if (!m_services.gateway) {
        emit openRefused(Outcome::StateUnknown, QString());
        return;
    }
    qCInfo(lcWorkflows) << "looking up the state of" << m_upgradeId << "to open its checklist";
    emit lookingUp();
    m_services.gateway->fetchUpgrade(m_upgradeId, this, [this](const Result<UpgradeStatus> &result) {
        if (!result) {
            emit openRefused(Outcome::LookupFailed, result.error().message);
            return;
        }
        openWithState(result.value().state.raw);
    });
}

void ChecklistSession::openWithState(const QString &state)
{
    // An auditor may look at a checklist that is open, but opening one is a record it may not write.
    if (!mayRecord()) {
        emit openRefused(Outcome::ReadOnly, QString());
        return;
    }
    QString error;
    if (!m_recorder.open(m_upgradeId, UpgradeState::fromWire(state), profile(), identity(), &error)) {
        refusal(error);
        emit openRefused(Outcome::Refused, error);
        return;
    }
    m_error.clear();
    emit recordsWritten();
    emit opened(true, state);
}

ChecklistSession::Outcome ChecklistSession::runProbe(const QString &itemId)
{
    m_error.clear();
    const Checklist c = checklist();
    const ChecklistItemState *item = c.item(itemId);
    if (!item || !item->automatic || c.isSigned() || m_running.contains(itemId))
        return Outcome::Ignored;
    if (!mayRecord())
        return Outcome::ReadOnly;
    const auto probe = probeFromKey(item->probe);
    if (!m_services.gateway || !probe)
        return Outcome::NoPortal;
    if (*probe == ChecklistProbe::SessionLogin)
        return identity().username.isEmpty() ? Outcome::NoUsername : Outcome::NeedsPassword;
    m_running.insert(itemId);
    qCInfo(lcWorkflows) << "running probe" << item->probe << "for" << m_upgradeId;
    emit probeStarted(itemId);
    m_services.gateway->probeRoute(
        routeProbe(*probe, m_services.gateway->profile()), this,
        [this, itemId](const Result<ProbeResult> &result) { probeAnswered(itemId, result); });
    return Outcome::Done;
}

QList<std::pair<QString, ChecklistSession::Outcome>> ChecklistSession::runAutomaticProbes()
{
    QList<std::pair<QString, Outcome>> outcomes;
    const Checklist c = checklist();
    for (const ChecklistItemState &item : c.items) {
        if (item.automatic)
            outcomes.append({item.id, runProbe(item.id)});
    }
    return outcomes;
}

ChecklistSession::Outcome ChecklistSession::runLoginProbe(const QString &itemId, const QString &username,
                                                          const QString &password)
{
    m_error.clear();
    const Checklist c = checklist();
    const ChecklistItemState *item = c.item(itemId);
    if (!item || !item->automatic || c.isSigned() || m_running.contains(itemId) ||
        probeFromKey(item->probe) != ChecklistProbe::SessionLogin)
        return Outcome::Ignored;
    if (!mayRecord())
        return Outcome::ReadOnly;
    if (!m_services.gateway)
        return Outcome::NoPortal;
    m_running.insert(itemId);
    qCInfo(lcWorkflows) << "running the login probe for" << m_upgradeId; // never the password
    emit probeStarted(itemId);
    m_services.gateway->probeSignIn(
        username, password, this,
        [this, itemId](const Result<ProbeResult> &result) { probeAnswered(itemId, result); });
    return Outcome::Done;
}

void ChecklistSession::probeAnswered(const QString &itemId, const Result<ProbeResult> &result)
{
    m_running.remove(itemId);
    ProbeResult evidence;
    if (result) {
        evidence = result.value();
    } else if (result.error().kind == ApiError::Kind::Cancelled) {
        emit probeFinished(itemId, Outcome::Ignored, QString());
        return;
    } else {
        // An error that kept the probe from answering is a failed check too; the record keeps it.
        evidence.ok = false;
        evidence.httpStatus = result.error().httpStatus;
        evidence.message = result.error().message;
        evidence.target = result.error().operation;
    }
    QString error;
    if (!m_recorder.recordProbe(m_upgradeId, itemId, evidence, identity(), &error)) {
        qCWarning(lcWorkflows) << "probe result of" << itemId << "not recorded:" << error;
        emit probeFinished(itemId, Outcome::Refused, error);
        return;
    }
    emit recordsWritten();
    emit probeFinished(itemId, Outcome::Done, QString());
}

ChecklistSession::Outcome ChecklistSession::recordManualResult(const QString &itemId, bool pass,
                                                               const QString &note, const QString &link,
                                                               const QString &attachment)
{
    m_error.clear();
    if (!mayRecord())
        return Outcome::ReadOnly;
    QString error;
    if (!m_recorder.recordManual(m_upgradeId, itemId, pass, note, link, attachment, identity(), &error))
        return refusal(error);
    emit recordsWritten();
    return Outcome::Done;
}

ChecklistSession::Outcome ChecklistSession::recordManualResultInBackground(const QString &itemId, bool pass,
                                                                           const QString &note,
                                                                           const QString &link,
                                                                           const QString &attachment)
{
    m_error.clear();
    if (!mayRecord())
        return Outcome::ReadOnly;
    QString error;
    if (!m_recorder.checkManual(m_upgradeId, itemId, note, link, &error))
        return refusal(error);
    auto *watcher = new QFutureWatcher<std::pair<std::optional<AttachmentRecord>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, itemId, pass, note, link, attachment] {
                const auto [stored, copyError] = watcher->result();
                watcher->deleteLater();
                QString why = copyError;
                if (attachment.isEmpty() || stored) {
                    if (!mayRecord()) {
                        emit manualResultFinished(itemId, Outcome::ReadOnly, QString());
                        return;
                    }
                    if (m_recorder.recordManualStored(m_upgradeId, itemId, pass, note, link, stored,
                                                      identity(), &why)) {
                        emit recordsWritten();
                        emit manualResultFinished(itemId, Outcome::Done, QString());
                        return;
                    }
                }
                qCWarning(lcWorkflows) << "manual result of" << itemId << "not recorded:" << why;
                m_error = why;
                emit manualResultFinished(itemId, Outcome::Refused, why);
            });
    const QString dataDir = m_recorder.dataDir();
    watcher->setFuture(QtConcurrent::run([attachment, dataDir] {
        std::pair<std::optional<AttachmentRecord>, QString> out;
        if (!attachment.isEmpty())
            out.first = ChecklistRecorder::storeAttachment(attachment, dataDir, &out.second);
        return out;
    }));
    return Outcome::Done;
}

ChecklistSession::Outcome ChecklistSession::signOffReadiness() const
{
    const Checklist c = checklist();
    if (!c.isComplete() || c.isSigned())
        return Outcome::Ignored;
    if (!m_services.gateway || !m_services.gateway->session())
        return Outcome::NoSession;
    return Outcome::Done;
}

ChecklistSession::Outcome ChecklistSession::signOff()
{
    m_error.clear();
    if (!mayRecord())
        return Outcome::ReadOnly;
    // The sign-off records the portal identity: a profile's last user is not one.
    if (!m_services.gateway || !m_services.gateway->session())
        return Outcome::NoSession;
    QString error;
    if (!m_recorder.signOff(m_upgradeId, identity(), &error))
        return refusal(error);
    qCInfo(lcWorkflows) << "checklist of" << m_upgradeId << "signed off";
    emit recordsWritten();
    return Outcome::Done;
}

ChecklistSession::Outcome ChecklistSession::amend(const QString &itemId, const QString &text)
{
    m_error.clear();
    if (!mayRecord())
        return Outcome::ReadOnly;
    QString error;
    if (!m_recorder.amend(m_upgradeId, itemId, text, identity(), &error))
        return refusal(error);
    emit recordsWritten();
    return Outcome::Done;
}

void ChecklistSession::exportRecord(const QString &path, bool pdf, const QString &noPortalText)
{
    auto input = std::make_shared<ChangeRecordInput>();
    input->profile = profile();
    input->exportedAt = m_services.clock ? m_services.clock->now() : QDateTime::currentDateTimeUtc();
    input->exportedBy = identity().username;
    const QString upgradeId = m_upgradeId;
    qCInfo(lcWorkflows) << "exporting the change record of" << upgradeId << (pdf ? "as PDF" : "as JSON");
    // The team ledger's rows of the upgrade, when it was read (nullopt: no ledger, or it could not be).
    auto ledgerRows = std::make_shared<std::optional<QList<LedgerRow>>>();
    auto write = [this, input, ledgerRows, path, pdf, upgradeId] {
        RecordJournal *journal = m_services.journal;
        LocalStore *store = m_services.store;
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (!error.isEmpty())
                qCWarning(lcWorkflows) << "change record not written:" << error;
            emit exportFinished(path, error);
        });
        watcher->setFuture(QtConcurrent::run([journal, store, input, ledgerRows, path, pdf, upgradeId] {
            // The records are labelled with this store's workstation id, the one the team ledger knows
            // it by (made and kept on first use). Without it the record says "this workstation".
            QString idError;
            input->workstationId = LedgerShipper::workstationIdOf(store, &idError);
            if (input->workstationId.isEmpty())
                qCWarning(lcWorkflows) << "workstation id not known for the change record:" << idError;
            // The checklist and the chain come from one read transaction: a probe result written
            // meanwhile is in both or in neither, and the head at export is not older than the segment.
            QSqlDatabase db = store->database();
            const bool snapshot = db.transaction();
            input->checklist = ChecklistRecorder(journal, QString()).load(upgradeId);
            input->chain = readChainSegment(*journal, upgradeId);
            if (snapshot)
                db.commit();
            // The production safeguards' records (issue 16): the ledger's and this workstation's waiting
            // ones, or this workstation's only; the trail keeps those about the request the trigger names.
            const QList<JournalEntry> localSafeguards = journal->entries(kSafeguardSubject);
            QList<ChangeRecordEntry> safeguards;
            if (*ledgerRows) {
                QList<LedgerRow> upgradeRows, safeguardRows;
                for (const LedgerRow &row : **ledgerRows)
                    (row.upgradeId == kSafeguardSubject ? safeguardRows : upgradeRows).append(row);
                **ledgerRows = upgradeRows;
                safeguards = teamChangeRecordEntriesOf(safeguardRows, localSafeguards, kSafeguardSubject,
                                                       input->workstationId);
            } else {
                safeguards = changeRecordEntriesOf(localSafeguards, kSafeguardSubject, input->workstationId);
            }
            if (*ledgerRows) {
                // Every workstation's records from the ledger, then this one's not shipped yet.
                input->records = teamChangeRecordEntriesOf(**ledgerRows, input->chain.entries, upgradeId,
                                                           input->workstationId);
                // A teammate's checklist (not worked here) is the record's checklist as the team has it.
                if (!input->checklist.opened) {
                    const QList<TeamRecord> team =
                        mergeTeamRecords(**ledgerRows, journal->entries(upgradeId), input->workstationId);
                    input->checklist = TeamChecklist::fromTeamRecords(upgradeId, team).checklist;
                }
            }
            input->approvalTrail = approvalTrailOf(changeRecordEntries(*input), safeguards);
            QString error;
            const bool ok = pdf ? writeChangeRecordPdf(*input, path, &error)
                                : writeChangeRecordJson(*input, path, &error);
            return ok ? QString() : error;
        }));
    };
    // With a team ledger the record lists the whole team's records: they are read on the ledger's
    // worker first. An error, or no answer within TeamLedger::kExportWaitMs, is written into the record
    // (ledgerError) instead of leaving the other desks' records out silently.
    QPointer<TeamLedger> ledger = m_services.ledger;
    auto withLedger = [this, input, ledgerRows, write, ledger, upgradeId] {
        if (!ledger) {
            write();
            return;
        }
        input->ledgerName = ledger->settings().ledgerKey();
        ledger->readRecords({upgradeId, kSafeguardSubject}, true, this, TeamLedger::kExportWaitMs,
                            [input, ledgerRows, write](const TeamLedgerRead &read) {
                                if (read.error.isEmpty()) {
                                    *ledgerRows = read.rows;
                                    input->ledgerHeadSeq = read.head.seq;
                                    input->ledgerHeadHash = read.head.hash;
                                } else {
                                    qCWarning(lcWorkflows).noquote()
                                        << "the change record lists this workstation's records only:"
                                        << read.error;
                                    input->ledgerError = read.error;
                                }
                                write();
                            });
    };
    if (!m_services.gateway) {
        input->portalStatusError = noPortalText;
        withLedger();
        return;
    }
    m_services.gateway->fetchUpgrade(upgradeId, this,
                                     [input, withLedger](const Result<UpgradeStatus> &result) {
                                         if (result)
                                             input->portalStatus = result.value();
                                         else
                                             input->portalStatusError = result.error().message;
                                         withLedger();
                                     });
}

} // namespace pdc

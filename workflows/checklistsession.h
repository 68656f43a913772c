// One upgrade's post-upgrade validation checklist as an operator works it: opening it, running the
// automatic probes through the PortalGateway and recording their evidence, manual results, sign-off,
// amendments and the change record export. The console's Validation area is a view over this object
// (it shows the state and collects intent); the runbook's rules for the checklist are decided here.
//
// Invariants:
// - Only a role that may trigger records (mayRecord()). An auditor reads and exports; nothing it does
//   writes to the journal, opening included: a checklist that is not open yet stays unopened. Without a
//   portal session (offline) manual results may still be written; sign-off needs a session.
// - Every change is one journal entry written through ChecklistRecorder, and is written before it is
//   reported. The recorder's rules apply: a manual result needs a note, only items of the checklist get
//   results, sign-off needs a result for every item, after sign-off only amendments are accepted.
// - A checklist opens only for an upgrade in a final state: the state last observed in the journal, or
//   else (with a portal) the portal's answer.
// - A probe's evidence is in the journal before probeFinished() reports it. An error that kept the probe
//   from answering is recorded as a failed attempt; a cancelled probe records nothing. One probe per item
//   at a time. The login check's password goes to the gateway's one sign-in and nowhere else.
// - Attachments are hashed and copied off the caller's thread by recordManualResultInBackground(); the
//   journal entry is written afterwards on the session's thread, after the rules are checked again.
// - The export reads the checklist and its chain segment in one read transaction on a worker thread;
//   waitForWorkers() (and the destructor) wait for it, since the journal and the store belong to the
//   application and may go right after this object.
//
// Nothing here words a message for people: requests answer an Outcome the caller words (the console
// through tr()); the recorder's refusals come as its own translated sentence (errorString()).
#pragma once

#include "checklist/checklist.h"
#include "checklist/checklistrecorder.h"
#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/portal.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <utility>

namespace pdc {

class Clock;
class LocalStore;
class PortalGateway;
class RecordJournal;
class TeamLedger;

// What checklist sessions work with. The application owns all of it; journal and store are required.
struct ChecklistServices
{
    PortalGateway *gateway = nullptr; // may be null: no probes, no portal lookups, no portal status at export
    RecordJournal *journal = nullptr;
    LocalStore *store = nullptr;  // the journal's store: attachments go next to it, exports read a snapshot
    const Clock *clock = nullptr; // null: the system clock
    ConnectionProfile profile;    // used when there is no gateway
    // The profile's team ledger (may be null): change records list every workstation's records from it.
    // Must outlive the sessions, or be gone before an export asks it (it is held by a QPointer then).
    TeamLedger *ledger = nullptr;

    bool hasPortal() const { return gateway != nullptr; }
    // The gateway's profile, else the one given.
    ConnectionProfile currentProfile() const;
    // The operator's portal identity: the signed-in session's; else the profile's last user.
    OperatorIdentity identity() const;
    // Whether the signed-in role may write checklist records (auditors may not; offline may).
    bool mayRecord() const;
};

class ChecklistSession : public QObject
{
    Q_OBJECT
public:
    // What a request came to; the caller words it for people.
    enum class Outcome
    {
        Done,          // written; for a probe: sent (probeFinished() follows)
        Ignored,       // nothing to do: no such item, a manual item, its probe already out, signed off
        ReadOnly,      // the signed-in role may not record (auditor): nothing was written
        NoPortal,      // automatic checks need a portal connection
        NoUsername,    // the login check needs the operator's portal username: sign in first
        NeedsPassword, // the login check: ask the operator for the password, then runLoginProbe()
                       // (PortalGateway::probeSignIn)
        NoSession,     // sign-off records the portal identity: sign in first
        StateUnknown,  // open(): no state on this workstation and no portal to ask
        LookupFailed,  // open(): the portal could not tell the upgrade's state (detail: why)
        Refused,       // the recorder refused or could not write (errorString() / detail: why)
    };
    Q_ENUM(Outcome)

    ChecklistSession(ChecklistServices services, QString upgradeId, QObject *parent = nullptr);
    ~ChecklistSession() override;

    QString upgradeId() const { return m_upgradeId; }
    const ChecklistServices &services() const { return m_services; }
    ConnectionProfile profile() const { return m_services.currentProfile(); }
    OperatorIdentity identity() const { return m_services.identity(); }
    bool mayRecord() const { return m_services.mayRecord(); }

    // The checklist as the journal holds it now (read on every call).
    Checklist checklist() const;
    bool isProbeRunning(const QString &itemId) const { return m_running.contains(itemId); }
    bool isAnyProbeRunning() const { return !m_running.isEmpty(); }
    // Why the last request was Refused (the recorder's sentence); empty after one that was not.
    QString errorString() const { return m_error; }
    // A link to offer with a manual result: for "monitoring", the profile's dashboard link of this
    // upgrade; empty when there is none.
    QString suggestedLink(const QString &itemId) const;

    // Shows the checklist, opening it first (checklist.opened) when the upgrade is in a final state.
    // Answers with opened() or openRefused(): at once when the journal knows enough, else after asking
    // the portal (lookingUp() first).
    void open();

    // Runs the item's probe; its evidence is recorded, then probeFinished(). The login check answers
    // NeedsPassword: ask for the password and call runLoginProbe().
    Outcome runProbe(const QString &itemId);
    // runProbe() for every automatic item, in checklist order, with what each came to.
    QList<std::pair<QString, Outcome>> runAutomaticProbes();
    // The login check with the operator's password (used for this one sign-in, never kept).
    Outcome runLoginProbe(const QString &itemId, const QString &username, const QString &password);
    // attachment: a file to copy next to the store, or empty. Blocking: the copy happens here (deployctl,
    // tests); the console uses recordManualResultInBackground().
    Outcome recordManualResult(const QString &itemId, bool pass, const QString &note, const QString &link,
                               const QString &attachment);
    // recordManualResult() with the attachment hashed and copied on a worker thread (streamed, capped at
    // kAttachmentMaxBytes), then the result written on this thread. Done: started, and
    // manualResultFinished() follows; anything else: refused at once, nothing started or written.
    Outcome recordManualResultInBackground(const QString &itemId, bool pass, const QString &note,
                                           const QString &link, const QString &attachment);
    // Whether asking for sign-off makes sense now: Ignored while an item has no result or after sign-off,
    // NoSession without a portal session, else Done.
    Outcome signOffReadiness() const;
    Outcome signOff();
    // itemId empty: an amendment of the checklist as a whole.
    Outcome amend(const QString &itemId, const QString &text);

    // Writes the change record (PDF or JSON) on a worker thread, with the upgrade's status asked from the
    // portal first when there is one; exportFinished() tells when and how it ended. noPortalText: what the
    // record says about the portal's status when there is no portal (worded by the caller).
    // With a team ledger (ChecklistServices::ledger) the record lists every workstation's records of the
    // upgrade and the ledger chain's head, read on the ledger's worker first; when the ledger cannot be
    // read (or does not answer within TeamLedger::kExportWaitMs) the record is written with this
    // workstation's records and says in words that the ledger could not be read. A teammate's checklist
    // that was not worked here is exported as the ledger holds it.
    void exportRecord(const QString &path, bool pdf, const QString &noPortalText);
    // Blocks until the exports started here have finished.
    void waitForWorkers();

signals:
    void lookingUp();
    // written: checklist.opened was written now (false: it was open already).
    void opened(bool written, const QString &finalState);
    // Nothing was written. detail: the recorder's sentence (Refused) or the portal's error (LookupFailed).
    void openRefused(pdc::ChecklistSession::Outcome why, const QString &detail);
    void probeStarted(const QString &itemId);
    // outcome: Done (the evidence is recorded), Refused (it could not be; error says why) or Ignored
    // (the probe was cancelled; nothing recorded).
    void probeFinished(const QString &itemId, pdc::ChecklistSession::Outcome outcome, const QString &error);
    // A journal entry of this upgrade was written (emitted before the request that wrote it reports).
    void recordsWritten();
    // How recordManualResultInBackground() ended: Done (written), ReadOnly or Refused (error says why).
    void manualResultFinished(const QString &itemId, pdc::ChecklistSession::Outcome outcome,
                              const QString &error);
    // error empty: the file is written.
    void exportFinished(const QString &path, const QString &error);

private:
    void openWithState(const QString &state);
    Outcome refusal(const QString &error);
    void probeAnswered(const QString &itemId, const Result<ProbeResult> &result);

    ChecklistServices m_services;
    QString m_upgradeId;
    ChecklistRecorder m_recorder;
    QSet<QString> m_running; // item ids with a probe out
    QString m_error;
};

} // namespace pdc

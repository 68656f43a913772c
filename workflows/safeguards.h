// The production safeguards' shared workflow (issue 16, docs/policy.md "Storage and workflow"): what the
// console's GUI and deployctl do with policies, approval requests, approvals, rejections and emergency
// overrides, written to the local journal first and then shipped to the team ledger, and the one gate
// check both front ends' trigger path asks (UpgradeTrigger::send() calls safeguardGate()).
//
// Threading: a Safeguards object lives on the GUI thread (or deployctl's main thread) and never blocks
// on the network. The console hands it a TeamLedger (setTeamLedger): reads go through the ledger's
// worker thread and come back as changed(); new safeguard records of any desk arrive within about a
// second (LISTEN/NOTIFY). deployctl reads the ledger rows itself (LedgerClient::safeguardRows(),
// blocking, which is fine in a command-line tool) and hands them over with setLedgerRows(). Writes are
// local journal appends (SQLite, synchronous and short) followed by a shipping request.
//
// Invariants:
// - Who acts is the signed-in portal session's user, with the session's role; nobody types a role.
//   Without a session every action is refused.
// - Nobody approves or rejects their own request, nor gives the override for it: refused here with a
//   sentence saying so, and (if such a record were written anyway) not counted by the rules.
// - Only role `admin` sets the policy (refused here; ignored by the fold otherwise).
// - An action either writes its one record or changes nothing: the outcome says which, and why not.
// - The book is the fold (models/policy/safeguardbook.h) of the ledger's safeguard rows and this
//   workstation's safeguard records that have not reached the ledger yet, so one's own request is
//   visible at once, before it ships.
// - When the signed-in user's own request has lapsed, one approval.expired record is written for it
//   (the requester's workstation is the one that writes it; the fold's expiryRecorded stops repeats).
#pragma once

#include "domain/connectionprofile.h"
#include "ledger/ledgerchain.h"
#include "policy/safeguardbook.h"
#include "productiongate.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <functional>

namespace pdc {

class Clock;
class PortalGateway;
class RecordJournal;
class TeamLedger;

// What the gate needs besides the book: who, where, what, with which request and override, when.
struct GateContext
{
    QString environment;    // the environment the operator chose (the profile's)
    QString triggeringUser; // the signed-in session's user
    NoLedgerMode noLedgerMode = NoLedgerMode::RefuseProduction;
    TriggerIntent intent;
    QString requestId;  // empty: none given
    QString overrideId; // empty: none given
    QDateTime now;
    QTimeZone viewerZone = QTimeZone::utc();
};

// The safeguards as last read: whether the ledger could be read, and the book.
struct SafeguardSnapshot
{
    LedgerAvailability ledger = LedgerAvailability::NotConfigured;
    SafeguardBook book;
    QString error; // why the ledger could not be read (Unreachable)
};

// The gate's input from a snapshot: the policy set, the named request (with its approvals and
// environment), the named override. A request or override id the book does not hold is left out (the
// gate then says what is missing).
GateInput gateInputFor(const SafeguardSnapshot &snapshot, const GateContext &context);
// evaluateGate(gateInputFor(...)): THE check before every trigger, console and deployctl alike.
GateVerdict safeguardGate(const SafeguardSnapshot &snapshot, const GateContext &context);

// The outcome of an action: ok with the new record's id, or the sentence why nothing was written.
struct SafeguardOutcome
{
    bool ok = false;
    QString id;    // request, approval or override id (policy.set: empty)
    QString error; // for people; empty when ok
};

class Safeguards : public QObject
{
    Q_OBJECT
public:
    Safeguards(PortalGateway *gateway, RecordJournal *journal, const Clock *clock, QObject *parent = nullptr);
    ~Safeguards() override;

    // The console: reads through the ledger's worker (now and on every arrival) and ships through it.
    // Null or never called: no ledger (NotConfigured, unless the profile names one: then Unreachable
    // until rows are handed over).
    void setTeamLedger(TeamLedger *ledger);
    // deployctl (and tests): the ledger rows it read itself, with the error when it could not read them,
    // and this workstation's id in the ledger (to tell shipped local records from waiting ones).
    void setLedgerRows(const QList<LedgerRow> &rows, const QString &error, const QString &workstationId);
    // Called after every record written (deployctl ships synchronously; the console's TeamLedger is
    // asked by itself).
    void setShipper(std::function<void()> shipSoon) { m_shipSoon = std::move(shipSoon); }
    // The zone times are also shown in (the viewer's); default UTC.
    void setViewerZone(const QTimeZone &zone) { m_viewerZone = zone; }

    // Asks for the records again (console: the ledger's worker answers with changed()); without a
    // ledger, refolds the local records at once.
    void refresh();

    SafeguardSnapshot snapshot() const { return m_snapshot; }
    const SafeguardBook &book() const { return m_snapshot.book; }
    LedgerAvailability availability() const { return m_snapshot.ledger; }
    // The policy that applies to the profile's tenant and environment (or the given ones).
    SafeguardPolicy policyFor(const QString &tenant, const QString &environment) const;

    // The signed-in user and role (empty without a session).
    QString user() const;
    QString role() const;

    // Files a request for exactly this trigger (the tenant defaults to the profile's), for the
    // profile's environment. plannedFrom/plannedTo: optional (invalid = not planned).
    SafeguardOutcome fileRequest(TriggerIntent intent, const QString &reason,
                                 const QDateTime &plannedFrom = QDateTime(),
                                 const QDateTime &plannedTo = QDateTime());
    // Approves or rejects a request; refused for one's own request, for a role the policy does not
    // name, without a reason, for a request the book does not hold.
    SafeguardOutcome decide(const QString &requestId, Approval::Decision decision, const QString &reason);
    // An emergency override of the window or freeze for a request's trigger; refused for one's own
    // request, for a role the policy's override roles do not name, with a reason shorter than
    // kMinOverrideReason characters.
    SafeguardOutcome giveOverride(const QString &requestId, const QString &reason);
    // Sets the whole policy (role admin only; a reason is needed).
    SafeguardOutcome setPolicy(const PolicySet &policy, const QString &reason);

    // What the gate says now for this trigger (the same function UpgradeTrigger::send() asks).
    GateVerdict check(const TriggerIntent &intent, const QString &requestId,
                      const QString &overrideId = QString()) const;
    // A request's own state: evaluateApproval() for the trigger it names, now.
    ApprovalVerdict requestStatus(const QString &requestId) const;
    // The request the console pairs with a trigger it is about to send: the newest request in the book
    // for exactly this trigger (the same content hash; the tenant defaults to the profile's) filed for
    // the profile's class of environment, that is not Rejected or Expired; else the newest one for this
    // trigger whatever its state (so the panel can say why it does not count); empty when none.
    // deployctl names its request instead (--approval).
    QString requestFor(TriggerIntent intent) const;
    // Whether the signed-in person's role is one the profile's policy names for emergency overrides (the
    // same rule giveOverride() applies; the console offers the action only then).
    bool mayGiveOverrides() const;
    // The newest emergency override given for that request's trigger (empty: none), for the gate to judge.
    QString overrideFor(const QString &requestId) const;
    // Requests the signed-in user may decide and has not: not their own, their role named by the policy,
    // still waiting for approvals (NeedsMore), newest first. The "Waiting for you" list.
    QList<SafeguardRequest> waitingForMe() const;

signals:
    // The book changed (read again, or a record was written here).
    void changed();
    // The ledger could not be read (the snapshot says Unreachable; the book keeps the local records).
    void readFailed(const QString &error);
    // Requests newly waiting for the signed-in user since the last fold (for a tray notification); the
    // first fold announces every one waiting.
    void newlyWaiting(const QList<pdc::SafeguardRequest> &requests);

private:
    // The request, when the signed-in user may decide it (emergency: give its override); else nullptr
    // with why (no session, no such request, one's own, a role the policy does not name).
    const SafeguardRequest *othersRequest(const QString &requestId, bool emergency, QString *error) const;
    SafeguardOutcome write(const QString &kind, const QJsonObject &payload, const QString &id);
    void refold();
    void recordExpiries();

    PortalGateway *m_gateway;
    RecordJournal *m_journal;
    const Clock *m_clock;
    QPointer<TeamLedger> m_ledger;
    std::function<void()> m_shipSoon;
    QTimeZone m_viewerZone = QTimeZone::utc();
    QList<LedgerRow> m_rows;
    bool m_rowsRead = false; // rows were handed over (or read) at least once
    QString m_readError;
    QString m_workstationId;
    SafeguardSnapshot m_snapshot;
    QSet<QString> m_waitingIds;
    bool m_recordingExpiries = false; // recordExpiries() writes, which refolds: no second round inside
};

} // namespace pdc

Q_DECLARE_METATYPE(pdc::SafeguardRequest)

// The console's side of a profile's team ledger (issue 15, docs/ledger.md "In the console"): one worker
// thread that owns everything blocking about the ledger, and a GUI-thread face that areas observe.
//
// On the worker thread (it has its own event loop):
//  * LedgerShipper ships this workstation's journal: soon after every new local record (the worker
//    looks at the journal's head every kJournalPollMs, whoever wrote it: this console, deployctl or a
//    second console on the same store; shipSoon() asks at once), at start, and on the shipper's backoff
//    schedule while the ledger is unreachable or refuses (1 s, 2 s, 4 s ... 60 s). shippingChanged() says how
//    many records wait and, when they cannot go, why and when the next attempt is.
//  * A reading connection answers readUpgrade() with the ledger's rows of one upgrade (rowsRead()), and
//    readSafeguards() with the production safeguards' records (safeguardsRead(); bounded:
//    LedgerClient::safeguardRows()). After the first readSafeguards() the worker reads them again by
//    itself whenever new safeguard records arrive (the notification or poll names the subject
//    kSafeguardSubject): another desk's request or approval is here within about a second. A read that
//    failed (ledger unreachable) is repeated once a poll finds the ledger answering again.
//  * Live updates: a LedgerListener (LISTEN/NOTIFY, models/ledger/ledgerlistener.h) announces the
//    upgrades of new rows by recordsAppended() a moment after any desk's commit (this one's included).
//    The ledger's newest ledger_seq is also polled (one indexed query): every kListenerPollMs as a
//    safety net while the listener listens, every kPollMs while it cannot (no notify trigger yet, or
//    its connection was lost and it is reconnecting); new rows found so are announced the same way.
// The password is asked for on the worker (the keychain may take a while); it goes to libpq only.
// Nothing here blocks the GUI thread; the destructor stops the worker and waits for it (a round in
// flight ends within the connection's bounds: connect 5 s, statement 30 s).
// No rules for people's words: states are enums, the console words them (ui/shell/ledgerstatus).
#pragma once

#include "domain/ledgersettings.h"
#include "ledger/ledgerchain.h"
#include "ledger/ledgerexportreads.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QThread;

namespace pdc {

class Clock;
class LocalStore;
class RecordJournal;

struct ShippingStatus
{
    enum class State
    {
        Starting,    // the worker is opening the local bookkeeping and asking for the password
        UpToDate,    // every local record is in the ledger
        Queued,      // new local records wait for the next round (within kShipDelayMs)
        Unreachable, // the ledger could not be reached: records wait, next attempt at nextAttemptAt
        Refused,     // the ledger refused a record (or has no schema): records wait, retried on backoff
        NoPassword,  // no password in the keychain for this ledger: records wait until one is entered
        LocalError,  // the local journal could not be read
    };
    State state = State::Starting;
    qint64 waiting = -1; // records not yet in the ledger (-1: unknown)
    QDateTime nextAttemptAt;
    QString error; // the ledger's or the store's words (plain text)
    QString ledgerKey;
};

// What readRecords() answers: the ledger's rows of the upgrades asked, in ledger order, and the ledger
// chain's head read right after them (so it is at or after every row listed). error set: the ledger could
// not be read, and rows and head are empty.
struct TeamLedgerRead
{
    QStringList upgradeIds;
    QList<LedgerRow> rows;
    LedgerHead head;
    QString error;
};

// What the worker is built from. Everything but settings and password is the application's.
struct TeamLedgerServices
{
    LocalStore *store = nullptr;
    RecordJournal *journal = nullptr;
    const Clock *clock = nullptr;
    LedgerSettings settings;
    // Called on the worker thread: the ledger password (nullopt: none stored; error set: keychain failed).
    std::function<std::optional<QString>(QString *error)> password;
};

class TeamLedger : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 1000;          // how often the ledger is polled without a listener
    static constexpr int kListenerPollMs = 15000; // and while the listener listens (a safety net)
    static constexpr int kShipDelayMs = 100;      // records appended within this are shipped in one round
    static constexpr int kJournalPollMs = 250;    // how often the local journal's head is looked at

    explicit TeamLedger(TeamLedgerServices services, QObject *parent = nullptr);
    ~TeamLedger() override;

    const LedgerSettings &settings() const { return m_settings; }
    // Starts the worker thread (password, bookkeeping, a first round, live updates).
    void start();
    // Ships soon (coalesced), e.g. right after a record was written; safe to call from any thread.
    void shipSoon();
    // Ships now even while backing off (the operator asked).
    void shipNowForced();
    // Reads the ledger's rows of one upgrade; rowsRead() answers.
    void readUpgrade(const QString &upgradeId);
    // Reads the ledger's rows of these upgrades and the chain's head, for an export; recordsRead() answers
    // with the number returned here. withContent: every column (a change record reads payloads); else the
    // columns a listing needs (ledgerRowsOfUpgrades: no content, many upgrades per query).
    quint64 readRecords(const QStringList &upgradeIds, bool withContent);
    // readRecords() with the answer handed to `done` once, on `context`'s thread: the ledger's, or after
    // timeoutMs one whose error says it did not answer (a worker in a long statement, or not started).
    // Nothing is called when `context` goes first.
    void readRecords(const QStringList &upgradeIds, bool withContent, QObject *context, int timeoutMs,
                     std::function<void(const pdc::TeamLedgerRead &)> done);
    // How long an export waits for the ledger: its connect (5 s) and statement (30 s) bounds, and a margin.
    static constexpr int kExportWaitMs = 40000;
    // Reads the safeguard records (policy, requests, approvals, overrides); safeguardsRead() answers, now
    // and again after every later arrival of safeguard records (coalesced within kSafeguardDelayMs).
    void readSafeguards();
    static constexpr int kSafeguardDelayMs = 50;
    // Reads the trigger records that name an emergency override, of these upgrades or (empty) of every
    // upgrade (LedgerClient::overrideTriggerRows(), with content); overrideTriggersRead() answers.
    void readOverrideTriggers(const QStringList &upgradeIds);

    ShippingStatus status() const { return m_status; }
    // This workstation's id in the ledger (empty until the worker knows it).
    QString workstationId() const { return m_workstationId; }

signals:
    void shippingChanged(const pdc::ShippingStatus &status);
    // error empty: rows are every row of the upgrade in ledger order.
    void rowsRead(const QString &upgradeId, const QList<pdc::LedgerRow> &rows, const QString &error);
    // The answer to readRecords(request, ...).
    void recordsRead(quint64 request, const pdc::TeamLedgerRead &read);
    // error empty: rows are the safeguard records in ledger order (LedgerClient::safeguardRows()); fold
    // them with models/policy/safeguardbook.h (workflows/safeguards.h does).
    void safeguardsRead(const QList<pdc::LedgerRow> &rows, const QString &error);
    // The answer to readOverrideTriggers(upgradeIds): error empty: rows are those upgrades' (or all)
    // trigger records naming an override, in ledger order (models/history/historymarks.h reads them).
    void overrideTriggersRead(const QStringList &upgradeIds, const QList<pdc::LedgerRow> &rows,
                              const QString &error);
    // Records of an upgrade were appended to the ledger (by any workstation, this one included).
    void recordsAppended(const QString &upgradeId, const QString &workstationId);
    void workstationKnown(const QString &workstationId);

private:
    class Worker;
    LedgerSettings m_settings;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    ShippingStatus m_status;
    QString m_workstationId;
    quint64 m_lastRequest = 0;
};

} // namespace pdc

Q_DECLARE_METATYPE(pdc::ShippingStatus)
Q_DECLARE_METATYPE(pdc::LedgerRow)
Q_DECLARE_METATYPE(pdc::TeamLedgerRead)

// Ships this workstation's journal to the team ledger (docs/ledger.md, "Shipping"). Records are always
// appended to the local journal first (RecordJournal); the shipper copies them to the ledger later, in
// journal order, in batches of kBatch entries, each batch one transaction.
//
// Invariants:
//  * Idempotent: where to start is asked from the ledger (its highest local_seq of this workstation)
//    before every round, so a shipper killed between the ledger's commit and its own bookkeeping sends
//    nothing twice; the database also skips a record it holds already.
//  * Nothing is lost: a failed batch is rolled back whole and sent again later; the local journal is
//    never changed by shipping.
//  * While the ledger is unreachable, attempts back off (1 s, 2 s, 4 s ... up to 60 s) on the clock
//    passed in; isDue() says when the next one may go. A refusal (a record the ledger will not take)
//    backs off the same way and is reported as such, since retrying alone will not fix it.
//  * An attachment goes before the record that names it (payload.attachment {name, sha256,
//    stored_path}, docs/records.md): read from the store's folder, checked against its SHA-256 and the
//    ledger's size cap, and put content-addressed (once per content, whoever sends it). A file that is
//    missing, changed or too large does not hold the records back: the record is shipped (it carries
//    the hash), the attachment is not, and ShipReport::attachmentProblems says which and why.
// The workstation's id is made once per local store ("<host>-<8 hex>") and kept there.
// Blocking: run it on a worker thread in the console; it uses its connection on that thread only.
#pragma once

#include "domain/ledgersettings.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace pdc {

struct JournalEntry;
class Clock;
class LedgerClient;
class LedgerConnection;
class LocalStore;
class RecordJournal;

struct ShipReport
{
    enum class Outcome
    {
        UpToDate,    // everything is in the ledger
        Unreachable, // the ledger could not be reached; records wait, retried later
        Refused,     // the ledger refused a record (or the schema is missing); records wait
        LocalError,  // the local journal could not be read
        NotDue,      // backing off: nothing was tried
    };
    Outcome outcome = Outcome::UpToDate;
    int shipped = 0;     // records sent this round
    qint64 waiting = -1; // records not yet in the ledger (-1: unknown)
    QString error;
    QDateTime nextAttemptAt;        // when backing off
    int attachmentsSent = 0;        // attachments the ledger did not hold yet
    QStringList attachmentProblems; // attachments named by shipped records but not sent, with why
};

class LedgerShipper
{
public:
    static constexpr int kBatch = 500;
    static constexpr qint64 kMaxBackoffMs = 60000;

    LedgerShipper(LocalStore *store, RecordJournal *journal, const Clock *clock, LedgerSettings settings,
                  QString password);
    ~LedgerShipper();

    // Prepares the local bookkeeping (workstation id, shipping mark). False with errorString().
    bool open();
    QString errorString() const { return m_error; }
    QString workstationId() const { return m_workstationId; }
    const LedgerSettings &settings() const { return m_settings; }

    // One round: connects when needed and ships everything that waits, batch by batch. Unless `force`,
    // does nothing (NotDue) while backing off.
    ShipReport shipNow(bool force = false);
    bool isDue() const;
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    int consecutiveFailures() const { return m_failures; }
    // Records not yet known to be in the ledger, from the local mark (no network); -1 when unknown.
    qint64 waiting() const;

    static qint64 backoffMs(int consecutiveFailures);
    // Reads (or makes and keeps) the store's workstation id; empty with error on failure.
    static QString workstationIdOf(LocalStore *store, QString *error);

private:
    // Puts the attachments `batch` names that the ledger lacks; false (connection or refusal) with
    // m_error when the ledger failed. Files that cannot be sent go to report->attachmentProblems.
    bool shipAttachments(LedgerClient &client, const QList<JournalEntry> &batch, ShipReport *report);
    ShipReport failed(ShipReport::Outcome outcome, const QString &error, int shipped);
    bool saveMark(qint64 seq);
    qint64 mark() const;

    LocalStore *m_store;
    RecordJournal *m_journal;
    const Clock *m_clock;
    LedgerSettings m_settings;
    QString m_password;
    std::unique_ptr<LedgerConnection> m_connection;
    QString m_workstationId;
    QString m_error;
    int m_failures = 0;
    QDateTime m_nextAttemptAt;
};

} // namespace pdc

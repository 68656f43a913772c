#include "ledgershipper.h"
#include "domain/secureclear.h"

#include "domain/clock.h"
#include "ledgerclient.h"
#include "ledgerconnection.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace pdc {

namespace {
const QString kArea = QStringLiteral("ledger");
const QStringList kMigrations = {
    QStringLiteral("CREATE TABLE ledger_workstation (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), "
                   "workstation_id TEXT NOT NULL);\n"
                   "CREATE TABLE ledger_marks (ledger_key TEXT PRIMARY KEY, shipped_seq INTEGER NOT NULL, "
                   "updated_at TEXT NOT NULL)"),
};
} // namespace

LedgerShipper::LedgerShipper(LocalStore *store, RecordJournal *journal, const Clock *clock,
                             LedgerSettings settings, QString password)
    : m_store(store)
    , m_journal(journal)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{}

LedgerShipper::~LedgerShipper()
{
    m_connection.reset();    // its copy of the password first,
    secureClear(m_password); // so this one is the last holder and is overwritten
}

QString LedgerShipper::workstationIdOf(LocalStore *store, QString *error)
{
    if (!store->ensureSchema(kArea, kMigrations)) {
        *error = store->errorString();
        return {};
    }
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT workstation_id FROM ledger_workstation")) && q.next())
        return q.value(0).toString();
    QString host = QSysInfo::machineHostName().toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("-"));
    host = host.left(40);
    if (host.isEmpty())
        host = QStringLiteral("workstation");
    const QString id = host + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    // INSERT OR IGNORE then read back: two programs opening the same store at once agree on one id.
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO ledger_workstation (only_row, workstation_id) VALUES (1, ?)"));
    insert.addBindValue(id);
    if (!insert.exec() || !q.exec(QStringLiteral("SELECT workstation_id FROM ledger_workstation")) ||
        !q.next()) {
        *error = insert.lastError().isValid() ? insert.lastError().text() : q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

bool LedgerShipper::open()
{
    m_workstationId = workstationIdOf(m_store, &m_error);
    return !m_workstationId.isEmpty();
}

qint64 LedgerShipper::backoffMs(int consecutiveFailures)
{
    if (consecutiveFailures <= 0)
        return 0;
    const int doublings = std::min(consecutiveFailures - 1, 16);
    return std::min<qint64>(qint64(1000) << doublings, kMaxBackoffMs);
}

bool LedgerShipper::isDue() const
{
    return !m_nextAttemptAt.isValid() || m_clock->now() >= m_nextAttemptAt;
}

qint64 LedgerShipper::mark() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT shipped_seq FROM ledger_marks WHERE ledger_key = ?"));
    q.addBindValue(m_settings.ledgerKey());
    if (!q.exec())
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool LedgerShipper::saveMark(qint64 seq)
{
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("INSERT INTO ledger_marks (ledger_key, shipped_seq, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(ledger_key) DO UPDATE SET shipped_seq = excluded.shipped_seq, "
                       "updated_at = excluded.updated_at"));
    q.addBindValue(m_settings.ledgerKey());
    q.addBindValue(seq);
    q.addBindValue(m_clock->now().toUTC().toString(Qt::ISODateWithMs));
    return q.exec();
}

qint64 LedgerShipper::waiting() const
{
    const auto head = m_journal->head();
    const qint64 shipped = mark();
    if (shipped < 0)
        return -1;
    return std::max<qint64>(0, (head ? head->seq : 0) - shipped);
}

ShipReport LedgerShipper::failed(ShipReport::Outcome outcome, const QString &error, int shipped)
{
    ++m_failures;
    m_nextAttemptAt = m_clock->now().addMSecs(backoffMs(m_failures));
    ShipReport r;
    r.outcome = outcome;
    r.shipped = shipped;
    r.error = error;
    r.waiting = waiting();
    r.nextAttemptAt = m_nextAttemptAt;
    if (outcome == ShipReport::Outcome::Unreachable && m_connection)
        m_connection->close(); // connect afresh next time
    qCInfo(lcLedger).noquote() << "shipping to" << m_settings.ledgerKey() << "failed:" << error
                               << "- next attempt" << m_nextAttemptAt.toString(Qt::ISODateWithMs);
    return r;
}

bool LedgerShipper::shipAttachments(LedgerClient &client, const QList<JournalEntry> &batch,
                                    ShipReport *report)
{
    const QDir dataDir = QFileInfo(m_store->path()).absoluteDir();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (const JournalEntry &e : batch) {
        const QJsonObject a = e.payload.value(QStringLiteral("attachment")).toObject();
        const QString sha = a.value(QStringLiteral("sha256")).toString().toLower();
        if (a.isEmpty() || sha.isEmpty())
            continue;
        const QString name = a.value(QStringLiteral("name")).toString();
        const auto problem = [&](const QString &why) {
            report->attachmentProblems.append(QStringLiteral("record %1: attachment %2 (%3) was not sent: %4")
                                                  .arg(e.seq)
                                                  .arg(name, sha.left(16), why));
        };
        if (!hex64.match(sha).hasMatch()) {
            problem(QStringLiteral("its SHA-256 is not 64 hex digits"));
            continue;
        }
        const auto held = client.hasAttachment(sha);
        if (!held) {
            m_error = client.errorString();
            return false;
        }
        if (*held)
            continue;
        const QString stored = a.value(QStringLiteral("stored_path")).toString();
        if (!stored.startsWith(QLatin1String("attachments/")) || stored.contains(QLatin1String(".."))) {
            problem(QStringLiteral("its stored path '%1' is not in the attachments folder").arg(stored));
            continue;
        }
        QFile file(dataDir.filePath(stored));
        if (file.exists() && file.size() > LedgerClient::kMaxAttachmentBytes) {
            problem(QStringLiteral("it has %1 bytes, the ledger takes at most %2")
                        .arg(file.size())
                        .arg(LedgerClient::kMaxAttachmentBytes));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problem(QStringLiteral("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        const QByteArray bytes = file.read(LedgerClient::kMaxAttachmentBytes + 1);
        if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha) {
            problem(QStringLiteral("%1 was changed after it was recorded").arg(file.fileName()));
            continue;
        }
        if (!client.putAttachment(m_workstationId, bytes)) {
            m_error = client.errorString();
            return false;
        }
        ++report->attachmentsSent;
    }
    return true;
}

ShipReport LedgerShipper::shipNow(bool force)
{
    if (!force && !isDue()) {
        ShipReport r;
        r.outcome = ShipReport::Outcome::NotDue;
        r.waiting = waiting();
        r.nextAttemptAt = m_nextAttemptAt;
        return r;
    }
    if (m_workstationId.isEmpty() && !open())
        return failed(ShipReport::Outcome::LocalError, m_error, 0);
    if (!m_connection)
        m_connection = std::make_unique<LedgerConnection>(m_settings, m_password);
    if (!m_connection->isOpen() && !m_connection->open())
        return failed(ShipReport::Outcome::Unreachable, m_connection->errorString(), 0);

    LedgerClient client(m_connection.get());
    const auto classify = [&client] {
        return client.lastErrorWasConnection() ? ShipReport::Outcome::Unreachable
                                               : ShipReport::Outcome::Refused;
    };
    const auto inLedger = client.shippedUpTo(m_workstationId);
    if (!inLedger)
        return failed(classify(), client.errorString(), 0);
    qint64 shippedUpTo = *inLedger;
    const auto head = m_journal->head();
    if (head && shippedUpTo > head->seq)
        return failed(
            ShipReport::Outcome::Refused,
            QStringLiteral("the ledger holds %1 records of workstation %2 but the local journal only %3: "
                           "this is not the store those records came from")
                .arg(shippedUpTo)
                .arg(m_workstationId)
                .arg(head->seq),
            0);
    if (shippedUpTo != mark())
        saveMark(shippedUpTo);
    int shipped = 0;
    ShipReport progress;
    const auto failedWith = [&](ShipReport::Outcome outcome, const QString &error) {
        ShipReport r = failed(outcome, error, shipped);
        r.attachmentsSent = progress.attachmentsSent;
        r.attachmentProblems = progress.attachmentProblems;
        return r;
    };
    for (;;) {
        bool read = false;
        const QList<JournalEntry> batch = m_journal->entriesAfter(shippedUpTo, kBatch, &read);
        if (!read)
            return failedWith(ShipReport::Outcome::LocalError, m_journal->errorString());
        if (batch.isEmpty())
            break;
        if (!shipAttachments(client, batch, &progress)) // before the records that name them
            return failedWith(classify(), m_error);
        if (!client.append(m_workstationId, batch))
            return failedWith(classify(), client.errorString());
        shippedUpTo = batch.constLast().seq;
        shipped += int(batch.size());
        saveMark(shippedUpTo); // after the ledger's commit: a kill in between only re-asks the ledger
    }
    m_failures = 0;
    m_nextAttemptAt = QDateTime();
    ShipReport r = progress;
    r.outcome = ShipReport::Outcome::UpToDate;
    r.shipped = shipped;
    r.waiting = waiting();
    return r;
}

} // namespace pdc

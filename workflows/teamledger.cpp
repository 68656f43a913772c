#include "teamledger.h"

#include "domain/clock.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgerlistener.h"
#include "ledger/ledgershipper.h"
#include "policy/safeguardrecords.h"
#include "records/recordjournal.h"
#include "workflowslogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace pdc {

// Lives on the worker thread; every member is made, used and destroyed there (stop()).
class TeamLedger::Worker : public QObject
{
public:
    Worker(TeamLedgerServices services, TeamLedger *owner)
        : m_s(std::move(services))
        , m_owner(owner)
    {}

    void begin()
    {
        m_shipTimer = new QTimer(this);
        m_shipTimer->setSingleShot(true);
        connect(m_shipTimer, &QTimer::timeout, this, [this] { ship(); });
        m_pollTimer = new QTimer(this);
        m_pollTimer->setInterval(TeamLedger::kPollMs);
        connect(m_pollTimer, &QTimer::timeout, this, [this] { poll(); });
        m_journalTimer = new QTimer(this);
        m_journalTimer->setInterval(TeamLedger::kJournalPollMs);
        connect(m_journalTimer, &QTimer::timeout, this, [this] { lookAtJournal(); });

        QString keychainError;
        std::optional<QString> password = m_s.password ? m_s.password(&keychainError) : std::nullopt;
        m_shipper = std::make_unique<LedgerShipper>(m_s.store, m_s.journal, m_s.clock, m_s.settings,
                                                    password.value_or(QString()));
        if (!m_shipper->open()) {
            report(ShippingStatus::State::LocalError, -1, m_shipper->errorString());
            return;
        }
        const QString id = m_shipper->workstationId();
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, id] {
            owner->m_workstationId = id;
            emit owner->workstationKnown(id);
        });
        if (!password) {
            // Nothing ships without a password; the shipper only counts what waits.
            report(ShippingStatus::State::NoPassword, m_shipper->waiting(), keychainError);
            return;
        }
        m_password = *password;
        m_journalSeq = journalHead();
        ship();
        poll();
        startListener();
        m_pollTimer->start();
        m_journalTimer->start();
    }

    void stop()
    {
        delete m_shipTimer;
        m_shipTimer = nullptr;
        delete m_pollTimer;
        m_pollTimer = nullptr;
        delete m_journalTimer;
        m_journalTimer = nullptr;
        delete m_safeguardTimer;
        m_safeguardTimer = nullptr;
        delete m_listener;
        m_listener = nullptr;
        m_shipper.reset();
        m_reader.reset();
    }

    void requestShip(bool force)
    {
        if (!m_shipper || !m_shipTimer)
            return;
        if (!m_password) {
            report(ShippingStatus::State::NoPassword, m_shipper->waiting(), m_lastError);
            return;
        }
        m_force = m_force || force;
        if (m_force || m_shipper->isDue()) {
            if (!m_shipTimer->isActive() || m_shipTimer->remainingTime() > TeamLedger::kShipDelayMs)
                m_shipTimer->start(force ? 0 : TeamLedger::kShipDelayMs);
            if (m_lastState == ShippingStatus::State::UpToDate ||
                m_lastState == ShippingStatus::State::Queued)
                report(ShippingStatus::State::Queued, m_shipper->waiting(), QString());
        } else {
            // Backing off: the new record goes with the next attempt; the count grows meanwhile.
            report(m_lastState, m_shipper->waiting(), m_lastError, m_shipper->nextAttemptAt());
        }
    }

    void read(const QString &upgradeId)
    {
        QString error;
        const QList<LedgerRow> rows = readRows(&error, [&upgradeId](LedgerClient &client, bool *ok) {
            return client.rowsOfUpgrade(upgradeId, ok);
        });
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, upgradeId, rows, error] {
            emit owner->rowsRead(upgradeId, rows, error);
        });
    }

    void readOverrideTriggers(const QStringList &upgradeIds)
    {
        QString error;
        const QList<LedgerRow> rows = readRows(&error, [&upgradeIds](LedgerClient &client, bool *ok) {
            return client.overrideTriggerRows(upgradeIds, ok);
        });
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, upgradeIds, rows, error] {
            emit owner->overrideTriggersRead(upgradeIds, rows, error);
        });
    }

    void readRecords(quint64 request, const QStringList &upgradeIds, bool withContent)
    {
        TeamLedgerRead read;
        read.upgradeIds = upgradeIds;
        if (!m_password) {
            read.error = TeamLedger::tr("no password for the ledger in the keychain");
        } else if (openReader(&read.error)) {
            std::optional<QList<LedgerRow>> rows;
            if (withContent) {
                LedgerClient client(m_reader.get());
                rows.emplace();
                for (const QString &id : upgradeIds) {
                    bool ok = false;
                    rows->append(client.rowsOfUpgrade(id, &ok));
                    if (!ok) {
                        read.error = client.errorString();
                        rows.reset();
                        break;
                    }
                }
                if (rows)
                    std::stable_sort(rows->begin(), rows->end(), [](const LedgerRow &a, const LedgerRow &b) {
                        return a.ledgerSeq < b.ledgerSeq;
                    });
            } else {
                rows = ledgerRowsOfUpgrades(m_reader.get(), upgradeIds, &read.error);
            }
            // The head after the rows: it commits to every row listed (the ledger only grows).
            const std::optional<LedgerHead> head =
                rows ? readLedgerHead(m_reader.get(), &read.error) : std::nullopt;
            if (rows && head) {
                read.rows = std::move(*rows);
                read.head = *head;
                read.error.clear();
            } else {
                m_reader->close(); // opened again on the next read
            }
        }
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, request, read] { emit owner->recordsRead(request, read); });
    }

    // Rows by one of LedgerClient's reads on the reading connection; empty with error when they could not
    // be read (a lost connection is closed, to be opened again on the reader's backoff).
    QList<LedgerRow> readRows(QString *error,
                              const std::function<QList<LedgerRow>(LedgerClient &, bool *)> &query)
    {
        if (!m_password) {
            *error = QStringLiteral("no ledger password");
            return {};
        }
        if (!openReader(error))
            return {};
        LedgerClient client(m_reader.get());
        bool ok = false;
        QList<LedgerRow> rows = query(client, &ok);
        if (ok)
            return rows;
        *error = client.errorString();
        if (client.lastErrorWasConnection())
            m_reader->close();
        return {};
    }

    // The safeguard records; afterwards, again whenever new ones arrive (announce()).
    void readSafeguards()
    {
        m_watchSafeguards = true;
        QString error;
        const QList<LedgerRow> rows =
            readRows(&error, [](LedgerClient &client, bool *ok) { return client.safeguardRows(ok); });
        m_safeguardsStale = !error.isEmpty(); // read again once the ledger answers a poll
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, rows, error] { emit owner->safeguardsRead(rows, error); });
    }

    void safeguardsSoon()
    {
        if (!m_safeguardTimer) {
            m_safeguardTimer = new QTimer(this);
            m_safeguardTimer->setSingleShot(true);
            connect(m_safeguardTimer, &QTimer::timeout, this, [this] { readSafeguards(); });
        }
        if (!m_safeguardTimer->isActive())
            m_safeguardTimer->start(TeamLedger::kSafeguardDelayMs);
    }

private:
    // LISTEN/NOTIFY: announcements within moments of another desk's commit; polling slows to a safety
    // net while it listens, and takes over while it is down (it reconnects by itself after a loss).
    void startListener()
    {
        if (!m_listener) {
            m_listener = new LedgerListener(m_s.settings, *m_password, this);
            connect(m_listener, &LedgerListener::recordsAppended, this,
                    [this](const QString &upgradeId, const QString &workstationId) {
                        if (upgradeId.isEmpty()) {
                            poll(); // too many to name: the poll names them
                            if (m_watchSafeguards)
                                safeguardsSoon();
                        } else {
                            announce(upgradeId, workstationId);
                        }
                    });
            connect(m_listener, &LedgerListener::connectionLost, this, [this](const QString &reason) {
                qCInfo(lcWorkflows).noquote() << "ledger notifications lost:" << reason << "- polling";
                m_listenerHealing = true;
                m_pollTimer->setInterval(TeamLedger::kPollMs);
            });
            connect(m_listener, &LedgerListener::reconnected, this, [this] {
                m_listenerHealing = false;
                m_pollTimer->setInterval(TeamLedger::kListenerPollMs);
                poll(); // what was announced while it was away
            });
        }
        if (m_listener->start()) {
            m_pollTimer->setInterval(TeamLedger::kListenerPollMs);
        } else {
            qCInfo(lcWorkflows).noquote() << "ledger notifications unavailable:" << m_listener->errorString()
                                          << "- polling every" << TeamLedger::kPollMs << "ms";
            m_pollTimer->setInterval(TeamLedger::kPollMs);
        }
    }

    void announce(const QString &upgradeId, const QString &workstationId)
    {
        if (m_watchSafeguards && (upgradeId == kSafeguardSubject || upgradeId.isEmpty()))
            safeguardsSoon();
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, upgradeId, workstationId] {
            emit owner->recordsAppended(upgradeId, workstationId);
        });
    }

    qint64 journalHead() const
    {
        const auto head = m_s.journal->head();
        return head ? head->seq : 0;
    }

    // A record written since the last look (by anyone on this store): ship it soon.
    void lookAtJournal()
    {
        const qint64 seq = journalHead();
        if (seq > m_journalSeq) {
            m_journalSeq = seq;
            requestShip(false);
        }
    }

    void report(ShippingStatus::State state, qint64 waiting, const QString &error,
                const QDateTime &next = QDateTime())
    {
        m_lastState = state;
        m_lastError = error;
        ShippingStatus st;
        st.state = state;
        st.waiting = waiting;
        st.error = error;
        st.nextAttemptAt = next;
        st.ledgerKey = m_s.settings.ledgerKey();
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, st] {
            owner->m_status = st;
            emit owner->shippingChanged(st);
        });
    }

    void ship()
    {
        if (!m_shipper)
            return;
        const bool force = std::exchange(m_force, false);
        const ShipReport r = m_shipper->shipNow(force);
        switch (r.outcome) {
        case ShipReport::Outcome::UpToDate:
            report(r.waiting > 0 ? ShippingStatus::State::Queued : ShippingStatus::State::UpToDate, r.waiting,
                   QString());
            if (r.waiting > 0) // appended while the round ran: go again
                m_shipTimer->start(TeamLedger::kShipDelayMs);
            return;
        case ShipReport::Outcome::Unreachable:
            report(ShippingStatus::State::Unreachable, r.waiting, r.error, r.nextAttemptAt);
            break;
        case ShipReport::Outcome::Refused:
            report(ShippingStatus::State::Refused, r.waiting, r.error, r.nextAttemptAt);
            break;
        case ShipReport::Outcome::LocalError:
            report(ShippingStatus::State::LocalError, r.waiting, r.error, r.nextAttemptAt);
            break;
        case ShipReport::Outcome::NotDue:
            break;
        }
        // The next attempt on the shipper's backoff schedule.
        const qint64 wait = m_s.clock->now().msecsTo(m_shipper->nextAttemptAt());
        m_shipTimer->start(int(std::clamp<qint64>(wait, 0, LedgerShipper::kMaxBackoffMs)));
    }

    bool openReader(QString *error)
    {
        if (!m_reader)
            m_reader = std::make_unique<LedgerConnection>(m_s.settings, *m_password);
        if (m_reader->isOpen())
            return true;
        if (m_readerRetryAt.isValid() && m_s.clock->now() < m_readerRetryAt) {
            *error = m_reader->errorString();
            return false;
        }
        if (m_reader->open()) {
            m_readerFailures = 0;
            m_readerRetryAt = QDateTime();
            return true;
        }
        *error = m_reader->errorString();
        ++m_readerFailures;
        m_readerRetryAt = m_s.clock->now().addMSecs(LedgerShipper::backoffMs(m_readerFailures));
        return false;
    }

    void poll()
    {
        QString error;
        if (!openReader(&error))
            return;
        QSqlQuery q(m_reader->database());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(ledger_seq), 0) FROM ledger_records")) || !q.next()) {
            qCInfo(lcWorkflows).noquote() << "ledger poll failed:" << q.lastError().text();
            m_reader->close();
            return;
        }
        const qint64 newest = q.value(0).toLongLong();
        if (m_watchSafeguards && m_safeguardsStale)
            safeguardsSoon(); // the last read failed; the ledger answers again
        if (m_seen < 0 || newest <= m_seen) {
            m_seen = std::max(m_seen, newest);
            return;
        }
        QSqlQuery changed(m_reader->database());
        changed.prepare(
            QStringLiteral("SELECT upgrade_id, workstation_id FROM ledger_records WHERE ledger_seq > ? "
                           "AND ledger_seq <= ? GROUP BY upgrade_id, workstation_id"));
        changed.addBindValue(m_seen);
        changed.addBindValue(newest);
        if (!changed.exec()) {
            m_reader->close();
            return;
        }
        while (changed.next())
            announce(changed.value(0).toString(), changed.value(1).toString());
        m_seen = newest;
        // A listener that could not start (and does not retry by itself) is tried again once the
        // ledger answers.
        if (m_listener && !m_listener->isListening() && !m_listenerHealing)
            startListener();
    }

    TeamLedgerServices m_s;
    TeamLedger *m_owner;
    std::optional<QString> m_password;
    std::unique_ptr<LedgerShipper> m_shipper;
    std::unique_ptr<LedgerConnection> m_reader;
    QTimer *m_shipTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_journalTimer = nullptr;
    QTimer *m_safeguardTimer = nullptr; // coalesces re-reads of the safeguard records
    bool m_watchSafeguards = false;     // readSafeguards() was asked: re-read when new ones arrive
    bool m_safeguardsStale = false;     // the last read of them failed
    LedgerListener *m_listener = nullptr;
    bool m_listenerHealing = false; // the listener lost its connection and reconnects by itself
    qint64 m_journalSeq = 0;        // the journal's head at the last look
    bool m_force = false;
    ShippingStatus::State m_lastState = ShippingStatus::State::Starting;
    QString m_lastError;
    qint64 m_seen = -1; // the newest ledger_seq announced (-1: not asked yet)
    int m_readerFailures = 0;
    QDateTime m_readerRetryAt;
};

TeamLedger::TeamLedger(TeamLedgerServices services, QObject *parent)
    : QObject(parent)
    , m_settings(services.settings)
{
    qRegisterMetaType<ShippingStatus>();
    qRegisterMetaType<LedgerRow>();
    qRegisterMetaType<QList<LedgerRow>>();
    qRegisterMetaType<TeamLedgerRead>();
    m_status.ledgerKey = m_settings.ledgerKey();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ledger"));
    m_worker = new Worker(std::move(services), this);
    m_worker->moveToThread(m_thread);
}

TeamLedger::~TeamLedger()
{
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
}

void TeamLedger::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->begin(); });
}

void TeamLedger::shipSoon()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->requestShip(false); });
}

void TeamLedger::shipNowForced()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->requestShip(true); });
}

void TeamLedger::readUpgrade(const QString &upgradeId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, upgradeId] { w->read(upgradeId); });
}

void TeamLedger::readOverrideTriggers(const QStringList &upgradeIds)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, upgradeIds] { w->readOverrideTriggers(upgradeIds); });
}

quint64 TeamLedger::readRecords(const QStringList &upgradeIds, bool withContent)
{
    const quint64 request = ++m_lastRequest;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, upgradeIds, withContent] {
        w->readRecords(request, upgradeIds, withContent);
    });
    return request;
}

void TeamLedger::readRecords(const QStringList &upgradeIds, bool withContent, QObject *context, int timeoutMs,
                             std::function<void(const TeamLedgerRead &)> done)
{
    struct Pending
    {
        bool answered = false;
        QMetaObject::Connection connection;
    };
    auto pending = std::make_shared<Pending>();
    auto finish = [pending, done = std::move(done)](const TeamLedgerRead &read) {
        if (pending->answered)
            return;
        pending->answered = true;
        QObject::disconnect(pending->connection);
        done(read);
    };
    const quint64 request = readRecords(upgradeIds, withContent);
    pending->connection = connect(this, &TeamLedger::recordsRead, context,
                                  [request, finish](quint64 answered, const TeamLedgerRead &read) {
                                      if (answered == request)
                                          finish(read);
                                  });
    QTimer::singleShot(timeoutMs, context, [finish, upgradeIds, timeoutMs] {
        TeamLedgerRead late;
        late.upgradeIds = upgradeIds;
        late.error = tr("the ledger did not answer within %n second(s)", nullptr, timeoutMs / 1000);
        finish(late);
    });
}

void TeamLedger::readSafeguards()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->readSafeguards(); });
}

} // namespace pdc

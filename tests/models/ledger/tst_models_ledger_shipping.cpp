// Offline-first shipping to the team ledger (issue 15, milestone 3), against real PostgreSQL servers:
// records are appended locally first and shipped in order; while the ledger is down (its server
// stopped mid-checklist) they wait and attempts back off on the test's clock; when it is up again
// everything arrives once. A shipper that lost its bookkeeping (killed after the ledger's commit) sends
// nothing twice, and two workstations shipping at the same moment leave one intact chain.
#include "domain/clock.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledger/ledgershipper.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace pdc;
using namespace testsupport;

namespace {

// One workstation: its own local store and journal.
struct Desk
{
    explicit Desk(const QString &path, const Clock *clock)
        : store(path)
        , journal(&store, clock)
    {
        QVERIFY(store.open());
        QVERIFY(journal.open());
    }
    void record(int count, const QString &upgrade)
    {
        for (int i = 0; i < count; ++i)
            QVERIFY(journal.append(upgrade, QStringLiteral("checklist.item"), QStringLiteral("ops.alice"),
                                   {{QStringLiteral("item"), QStringLiteral("monitoring")},
                                    {QStringLiteral("result"), QStringLiteral("pass")},
                                    {QStringLiteral("note"), QStringLiteral("n%1").arg(i)}}));
    }
    LocalStore store;
    RecordJournal journal;
};

} // namespace

class TestLedgerShipping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<PostgresServer> m_server;
    QString m_db;
    QString m_writer;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};

    LedgerSettings writerSettings() const { return m_server->settings(m_db, m_writer); }
    LedgerVerdict verifyLedger(qint64 *rows)
    {
        LedgerConnection admin(m_server->settings(m_db, m_server->adminUser), m_server->adminPassword);
        if (!admin.open())
            return {};
        LedgerClient client(&admin);
        *rows = client.rowCount().value_or(-1);
        return client.verify();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The server runs as the postgres user when the tests run as root: it must reach its folder.
        QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFile::ExeOther);
        QString why;
        // A server of its own: this test stops and starts it while other tests use the shared one.
        m_server = startPrivateServer(m_tmp.filePath(QStringLiteral("pg")), &why);
        if (!m_server)
            QFAIL(qPrintable(why));
        m_db = createDatabase(*m_server, &why);
        QVERIFY2(!m_db.isEmpty(), qPrintable(why));
        LedgerConnection admin(m_server->settings(m_db, m_server->adminUser), m_server->adminPassword);
        QVERIFY2(admin.open(), qPrintable(admin.errorString()));
        const auto roles = LedgerRoles::forDatabase(m_db);
        const MigrationOutcome m = LedgerMigrator::migrate(admin.database(), roles);
        QVERIFY2(m.ok, qPrintable(m.error));
        m_writer = QStringLiteral("ship_writer");
        QVERIFY2(createLoginRole(*m_server, m_writer, QStringLiteral("pw"), roles.writer, &why),
                 qPrintable(why));
    }

    void backoffDoublesUpToAMinute()
    {
        QCOMPARE(LedgerShipper::backoffMs(0), 0);
        QCOMPARE(LedgerShipper::backoffMs(1), 1000);
        QCOMPARE(LedgerShipper::backoffMs(2), 2000);
        QCOMPARE(LedgerShipper::backoffMs(6), 32000);
        QCOMPARE(LedgerShipper::backoffMs(7), 60000);
        QCOMPARE(LedgerShipper::backoffMs(1000), 60000);
    }

    void theLedgerStoppedMidChecklistLosesNothingAndDuplicatesNothing()
    {
        Desk desk(m_tmp.filePath(QStringLiteral("a.sqlite3")), &m_clock);
        LedgerShipper shipper(&desk.store, &desk.journal, &m_clock, writerSettings(), QStringLiteral("pw"));
        QVERIFY2(shipper.open(), qPrintable(shipper.errorString()));
        QVERIFY(!shipper.workstationId().isEmpty());

        desk.record(30, QStringLiteral("upg_a"));
        QCOMPARE(shipper.waiting(), 30);
        ShipReport r = shipper.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, 30);
        QCOMPARE(r.waiting, 0);

        // The server goes away in the middle of the checklist; the operator goes on recording.
        desk.record(5, QStringLiteral("upg_a"));
        QString error;
        QVERIFY2(stopServer(*m_server, &error), qPrintable(error));
        desk.record(5, QStringLiteral("upg_a"));
        r = shipper.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::Unreachable, qPrintable(r.error));
        QCOMPARE(r.waiting, 10);
        QCOMPARE(r.nextAttemptAt, m_clock.now().addMSecs(1000));
        QCOMPARE(shipper.shipNow().outcome, ShipReport::Outcome::NotDue); // backing off
        m_clock.advance(1000);
        QVERIFY(shipper.isDue());
        r = shipper.shipNow();
        QCOMPARE(r.outcome, ShipReport::Outcome::Unreachable);
        QCOMPARE(r.nextAttemptAt, m_clock.now().addMSecs(2000)); // doubled
        desk.record(7, QStringLiteral("upg_a"));
        QCOMPARE(shipper.waiting(), 17);
        QCOMPARE(desk.journal.head()->seq, 47); // all kept locally

        QVERIFY2(startServer(*m_server, &error), qPrintable(error));
        m_clock.advance(2000);
        r = shipper.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, 17);
        QCOMPARE(r.waiting, 0);
        QCOMPARE(shipper.consecutiveFailures(), 0);

        qint64 rows = 0;
        const LedgerVerdict v = verifyLedger(&rows);
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(rows, 47); // nothing lost, nothing twice

        // Killed after the ledger committed but before the local mark was written: the next shipper
        // (a new process) asks the ledger where to start and sends nothing again.
        QSqlQuery forget(desk.store.database());
        QVERIFY(forget.exec(QStringLiteral("UPDATE ledger_marks SET shipped_seq = 12")));
        LedgerShipper restarted(&desk.store, &desk.journal, &m_clock, writerSettings(), QStringLiteral("pw"));
        QVERIFY(restarted.open());
        QCOMPARE(restarted.workstationId(), shipper.workstationId()); // the store keeps its id
        QCOMPARE(restarted.waiting(), 35);                            // what the local mark says...
        r = restarted.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, 0); // ...but the ledger has them
        QCOMPARE(r.waiting, 0);
        verifyLedger(&rows);
        QCOMPARE(rows, 47);
    }

    void aWrongPasswordIsRefusedAndRetriedLater()
    {
        Desk desk(m_tmp.filePath(QStringLiteral("pw.sqlite3")), &m_clock);
        desk.record(1, QStringLiteral("upg_pw"));
        LedgerShipper shipper(&desk.store, &desk.journal, &m_clock, writerSettings(),
                              QStringLiteral("wrong"));
        QVERIFY(shipper.open());
        const ShipReport r = shipper.shipNow();
        QCOMPARE(r.outcome, ShipReport::Outcome::Unreachable);
        QVERIFY2(r.error.contains(QLatin1String("password authentication failed")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("wrong"))); // the password is never in a message
        QCOMPARE(r.waiting, 1);
    }

    void twoWorkstationsShippingAtOnceKeepOneChain()
    {
        Desk a(m_tmp.filePath(QStringLiteral("c1.sqlite3")), &m_clock);
        Desk b(m_tmp.filePath(QStringLiteral("c2.sqlite3")), &m_clock);
        qint64 before = 0;
        verifyLedger(&before);
        QAtomicInt failures;
        const auto work = [&](Desk *desk) {
            SystemClock clock; // each thread its own; the journal's clock only stamps records
            LedgerShipper shipper(&desk->store, &desk->journal, &clock, writerSettings(),
                                  QStringLiteral("pw"));
            if (!shipper.open())
                failures.ref();
            for (int round = 0; round < 20; ++round) {
                desk->record(25, QStringLiteral("upg_c"));
                const ShipReport r = shipper.shipNow(true);
                if (r.outcome != ShipReport::Outcome::UpToDate) {
                    qWarning() << r.error;
                    failures.ref();
                }
            }
        };
        std::unique_ptr<QThread> t1(QThread::create(work, &a));
        std::unique_ptr<QThread> t2(QThread::create(work, &b));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(180000));
        QVERIFY(t2->wait(180000));
        QCOMPARE(failures.loadRelaxed(), 0);
        qint64 rows = 0;
        const LedgerVerdict v = verifyLedger(&rows);
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(rows, before + 1000);
    }

    void cleanupTestCase()
    {
        if (m_server)
            destroyServer(*m_server);
    }
};

QTEST_GUILESS_MAIN(TestLedgerShipping)
#include "tst_models_ledger_shipping.moc"

// The recovery cases for shipping to the team ledger (issue 15), against real PostgreSQL servers:
//  * a workstation offline for a whole day (the ledger's server down, the test's clock advancing) goes
//    on recording a checklist with an attachment; shipping backs off, never longer than a minute
//    between attempts; when the ledger is back, one round catches everything up — the records in
//    journal order, the attachment before the record that names it, nothing lost, nothing twice;
//  * shipping killed with SIGKILL mid-way (a child process: this executable with --ship-child) and
//    started again sends no record twice: the ledger's rows equal the journal, hash for hash, and both
//    chains verify.
// (The ledger stopped and started again mid-checklist, with backoff, is tst_models_ledger_shipping.)
#include "checklist/checklistrecorder.h"
#include "domain/clock.h"
#include "domain/connectionprofile.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgershipper.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace pdc;
using namespace testsupport;

namespace {

constexpr int kKillRecords = 20000;

// The child: ships the store at argv[2] to database argv[3] as writer argv[4] (password "pw") on the
// shared test server until everything is in, printing "shipping" once it starts.
int shipChild(const QStringList &args)
{
    if (args.size() < 5)
        return 2;
    QString why;
    const auto server = postgresServer(&why);
    if (!server) {
        qWarning().noquote() << why;
        return 2;
    }
    LocalStore store(args.at(2));
    SystemClock clock;
    RecordJournal journal(&store, &clock);
    if (!store.open() || !journal.open())
        return 2;
    LedgerShipper shipper(&store, &journal, &clock, server->settings(args.at(3), args.at(4)),
                          QStringLiteral("pw"));
    if (!shipper.open())
        return 2;
    QFile out;
    out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered); // the fd: no stdio buffer to flush
    out.write("shipping\n");
    for (int round = 0; round < 100; ++round) {
        if (shipper.shipNow(true).outcome == ShipReport::Outcome::UpToDate)
            return 0;
    }
    return 1;
}

// The ledger's rows of one workstation equal the journal's entries, hash for hash; false with why.
bool ledgerEqualsJournal(LedgerClient &client, const QString &workstationId, const RecordJournal &journal,
                         QString *why)
{
    bool ok = false;
    const QList<LedgerRow> rows = client.rowsOfWorkstation(workstationId, &ok);
    const QList<JournalEntry> entries = journal.entriesAfter(0, 1000000);
    if (!ok || rows.size() != entries.size()) {
        *why = QStringLiteral("%1 ledger rows, %2 journal entries").arg(rows.size()).arg(entries.size());
        return false;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).localSeq != entries.at(i).seq || rows.at(i).hash != entries.at(i).hash) {
            *why = QStringLiteral("record %1 differs").arg(entries.at(i).seq);
            return false;
        }
    }
    return true;
}

} // namespace

class TestLedgerRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // A day of failed attempts, one a minute: their log lines are not the story here.
        QLoggingCategory::setFilterRules(QStringLiteral("console.ledger.info=false"));
        // A server started by this test runs as the postgres user when the tests run as root.
        QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFile::ExeOther);
    }

    void aWorkstationOfflineForADayCatchesUp()
    {
        QString why;
        const auto server = startPrivateServer(m_tmp.filePath(QStringLiteral("pg")), &why);
        if (!server)
            QFAIL(qPrintable(why));
        QString db;
        QString writer;
        QVERIFY2(ledgerWithWriter(*server, &db, &writer, &why), qPrintable(why));
        const LedgerSettings settings = server->settings(db, writer);

        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        const QString deskDir = m_tmp.filePath(QStringLiteral("day"));
        QVERIFY(QDir().mkpath(deskDir));
        LocalStore store(deskDir + QStringLiteral("/console.sqlite3"));
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        ChecklistRecorder recorder(&journal, deskDir);
        const OperatorIdentity who{QStringLiteral("ops.bob"), QStringLiteral("Bob"),
                                   QStringLiteral("operator"), QStringLiteral("demo"),
                                   QStringLiteral("http://portal")};
        ConnectionProfile profile;
        profile.name = QStringLiteral("Demo");
        profile.tenant = QStringLiteral("demo");
        LedgerShipper shipper(&store, &journal, &clock, settings, QStringLiteral("pw"));
        QVERIFY(shipper.open());

        QString error;
        QVERIFY2(recorder.open(QStringLiteral("upg_day"), UpgradeState::of(UpgradeState::Kind::Success),
                               profile, who, &error),
                 qPrintable(error));
        QCOMPARE(shipper.shipNow().outcome, ShipReport::Outcome::UpToDate);

        // The workstation goes offline (the ledger is unreachable) for 24 hours; work goes on.
        QVERIFY2(stopServer(*server, &why), qPrintable(why));
        const QDateTime wentOffline = clock.now();
        const QByteArray shot("dashboard at noon: running == desired");
        {
            QFile f(m_tmp.filePath(QStringLiteral("noon.png")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(shot);
        }
        int attempts = 0;
        qint64 longestWaitMs = 0;
        for (int minute = 1; minute <= 24 * 60; ++minute) {
            clock.advance(60 * 1000);
            if (minute % 60 == 0) // an item attempt every hour
                QVERIFY(recorder.recordManual(QStringLiteral("upg_day"), QStringLiteral("monitoring"), true,
                                              QStringLiteral("hour %1").arg(minute / 60), {}, {}, who,
                                              &error));
            if (minute == 4 * 60)
                QVERIFY(recorder.recordManual(QStringLiteral("upg_day"), QStringLiteral("usage-view"), true,
                                              QStringLiteral("with a screenshot"), {},
                                              m_tmp.filePath(QStringLiteral("noon.png")), who, &error));
            if (!shipper.isDue())
                continue;
            const ShipReport r = shipper.shipNow();
            QVERIFY2(r.outcome == ShipReport::Outcome::Unreachable, qPrintable(r.error));
            QCOMPARE(r.shipped, 0);
            ++attempts;
            longestWaitMs = std::max(longestWaitMs, clock.now().msecsTo(r.nextAttemptAt));
        }
        QCOMPARE(clock.now(), wentOffline.addDays(1));
        QCOMPARE(longestWaitMs, LedgerShipper::kMaxBackoffMs); // backs off, but at most a minute
        QVERIFY(attempts >= 24 * 60 / 2);                      // and keeps trying all day
        QCOMPARE(shipper.waiting(), 25);                       // 24 hourly results and the screenshot's

        // Back online: the next due attempt catches up everything, once.
        QVERIFY2(startServer(*server, &why), qPrintable(why));
        clock.advance(LedgerShipper::kMaxBackoffMs);
        QVERIFY(shipper.isDue());
        const ShipReport r = shipper.shipNow();
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, 25);
        QCOMPARE(r.attachmentsSent, 1);
        QVERIFY(r.attachmentProblems.isEmpty());
        QCOMPARE(r.waiting, 0);
        QCOMPARE(shipper.shipNow().shipped, 0);

        LedgerConnection reader(settings, QStringLiteral("pw"));
        QVERIFY(reader.open());
        LedgerClient client(&reader);
        QVERIFY2(ledgerEqualsJournal(client, shipper.workstationId(), journal, &why), qPrintable(why));
        const LedgerVerdict v = client.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.rows, 26);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(shot, QCryptographicHash::Sha256).toHex());
        QCOMPARE(client.attachment(sha), std::optional<QByteArray>(shot));
        // The records keep the times they were made during the day, not the time they arrived.
        const QList<LedgerRow> rows = client.rowsOfUpgrade(QStringLiteral("upg_day"));
        QCOMPARE(rows.size(), 26);
        QCOMPARE(rows.at(1).at, wentOffline.addSecs(3600).toString(Qt::ISODateWithMs));
        reader.close();
        destroyServer(*server);
    }

    void shippingKilledWithSigkillSendsNoDuplicates()
    {
        QString why;
        PostgresServer server;
        QString db;
        QString writer;
        QVERIFY2(newLedgerWithWriter(&server, &db, &writer, &why), qPrintable(why));
        const QString storePath = m_tmp.filePath(QStringLiteral("killed.sqlite3"));
        SystemClock clock;
        LocalStore store(storePath);
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        QVERIFY2(seedJournal(&store, kKillRecords, &why), qPrintable(why));
        QVERIFY(journal.verify().intact);

        LedgerConnection admin(server.settings(db, server.adminUser), server.adminPassword);
        QVERIFY(admin.open());
        LedgerClient adminClient(&admin);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--ship-child"), storePath, db, writer});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(60000)); // "shipping"
        // Killed once part of the journal is in the ledger, while it still ships.
        qint64 rowsAtKill = 0;
        QTRY_VERIFY_WITH_TIMEOUT((rowsAtKill = adminClient.rowCount().value_or(0)) >= 1000 ||
                                     child.state() != QProcess::Running,
                                 120000);
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child ended first (exit code %1, %2 rows)")
                                .arg(child.exitCode())
                                .arg(rowsAtKill)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("the child ended by itself (exit code %1, %2 rows when killed)")
                                .arg(child.exitCode())
                                .arg(rowsAtKill)));
        const qint64 afterKill = adminClient.rowCount().value_or(-1);
        qInfo() << "killed with" << afterKill << "of" << kKillRecords << "records in the ledger";
        QVERIFY(afterKill >= rowsAtKill);
        QVERIFY(afterKill < kKillRecords); // really mid-way

        // Shipping again, from the same store (its local mark may lag the ledger): the rest, once.
        LedgerShipper shipper(&store, &journal, &clock, server.settings(db, writer), QStringLiteral("pw"));
        QVERIFY(shipper.open());
        const ShipReport r = shipper.shipNow(true);
        QVERIFY2(r.outcome == ShipReport::Outcome::UpToDate, qPrintable(r.error));
        QCOMPARE(r.shipped, kKillRecords - afterKill);
        QCOMPARE(adminClient.rowCount(), std::optional<qint64>(kKillRecords));
        QVERIFY2(ledgerEqualsJournal(adminClient, shipper.workstationId(), journal, &why), qPrintable(why));
        const LedgerVerdict v = adminClient.verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.rows, kKillRecords);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--ship-child") == 0) {
        QCoreApplication app(argc, argv);
        return shipChild(app.arguments());
    }
    QCoreApplication app(argc, argv);
    TestLedgerRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_models_ledger_recovery.moc"

// The ledger's schema on a real PostgreSQL server (issue 15, milestone 1): `deployctl ledger init`'s
// migration creates the tables, a writer role that may only INSERT and SELECT, a reader role, and
// triggers that refuse UPDATE, DELETE and TRUNCATE; every workstation's chain continues in the ledger
// and the database keeps one more chain over all rows, linked under a lock so concurrent inserts
// cannot fork it. A second init changes nothing.
#include "ledger/ledgerchain.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"

#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace pdc;
using namespace testsupport;

namespace {

QList<JournalEntry> makeEntries(qint64 first, int count, const QString &prevHash, const QString &upgrade,
                                const QString &author = QStringLiteral("ops.alice"))
{
    return journalEntries(first, count, prevHash, upgrade, author);
}

QString execError(LedgerConnection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    if (q.exec(sql))
        return {};
    return q.lastError().text();
}

} // namespace

class TestLedgerSchema : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QString m_db;
    LedgerRoles m_roles;
    std::unique_ptr<LedgerConnection> m_admin;

    // A writer login for this test's database.
    std::unique_ptr<LedgerConnection> login(const QString &role, const QString &memberOf)
    {
        QString error;
        const QString name = m_db + QLatin1Char('_') + role;
        if (!createLoginRole(m_server, name, QStringLiteral("pw-") + role, memberOf, &error))
            qWarning() << error;
        auto c =
            std::make_unique<LedgerConnection>(m_server.settings(m_db, name), QStringLiteral("pw-") + role);
        if (!c->open())
            qWarning() << c->errorString();
        return c;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(serverWithNewDatabase(&m_server, &m_db, &why), qPrintable(why));
        m_roles = LedgerRoles::forDatabase(m_db);
        m_admin = std::make_unique<LedgerConnection>(m_server.settings(m_db, m_server.adminUser),
                                                     m_server.adminPassword);
        QVERIFY2(m_admin->open(), qPrintable(m_admin->errorString()));
    }

    void theMigrationRunsOnceAndASecondRunChangesNothing()
    {
        QCOMPARE(LedgerMigrator::currentVersion(m_admin->database()), 0);
        const MigrationOutcome first = LedgerMigrator::migrate(m_admin->database(), m_roles);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.versionBefore, 0);
        QCOMPARE(first.versionAfter, LedgerMigrator::latestVersion());
        QCOMPARE(first.applied.size(), LedgerMigrator::migrations().size());

        const MigrationOutcome second = LedgerMigrator::migrate(m_admin->database(), m_roles);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.versionBefore, LedgerMigrator::latestVersion());
        QCOMPARE(second.versionAfter, LedgerMigrator::latestVersion());
        QVERIFY(second.applied.isEmpty());

        // Run by another connection at the same time as this one holds the lock: it waits, then finds
        // the schema in place.
        LedgerConnection other(m_server.settings(m_db, m_server.adminUser), m_server.adminPassword);
        QVERIFY(other.open());
        const MigrationOutcome third = LedgerMigrator::migrate(other.database(), m_roles);
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(third.applied.isEmpty());
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ledger_schema_versions")) && q.next());
        QCOMPARE(q.value(0).toInt(), LedgerMigrator::latestVersion());
    }

    void theWriterMayInsertAndSelectButNeverChangeOrRemove()
    {
        auto writer = login(QStringLiteral("w1"), m_roles.writer);
        QVERIFY(writer->isOpen());
        LedgerClient client(writer.get());
        QVERIFY2(
            client.append(QStringLiteral("desk-a"), makeEntries(1, 3, QString(), QStringLiteral("upg_1"))),
            qPrintable(client.errorString()));
        QCOMPARE(client.shippedUpTo(QStringLiteral("desk-a")).value_or(-1), 3);

        for (const QString &sql :
             {QStringLiteral("UPDATE ledger_records SET author = 'mallory'"),
              QStringLiteral("DELETE FROM ledger_records WHERE local_seq = 2"),
              QStringLiteral("TRUNCATE ledger_records"),
              QStringLiteral("UPDATE ledger_head SET ledger_seq = 0"),
              QStringLiteral("INSERT INTO ledger_records (ledger_seq, workstation_id, "
                             "local_seq, upgrade_id, kind, author, at, content, prev_hash, "
                             "hash, ledger_prev_hash, received_at, ledger_hash) VALUES "
                             "(99, 'x', 1, '', '', '', '', '', '', '', '', '', '')")}) {
            const QString error = execError(*writer, sql);
            QVERIFY2(error.contains(QLatin1String("permission denied")),
                     qPrintable(sql + QLatin1String(": ") + error));
        }

        // The table's owner is refused too: by the trigger.
        for (const QString &sql :
             {QStringLiteral("UPDATE ledger_records SET author = 'mallory'"),
              QStringLiteral("DELETE FROM ledger_records"), QStringLiteral("TRUNCATE ledger_records")}) {
            const QString error = execError(*m_admin, sql);
            QVERIFY2(error.contains(QLatin1String("append-only")),
                     qPrintable(sql + QLatin1String(": ") + error));
        }

        auto reader = login(QStringLiteral("r1"), m_roles.reader);
        QVERIFY(reader->isOpen());
        LedgerClient auditor(reader.get());
        QCOMPARE(auditor.rowsOfUpgrade(QStringLiteral("upg_1")).size(), 3);
        QVERIFY(
            !auditor.append(QStringLiteral("desk-r"), makeEntries(1, 1, QString(), QStringLiteral("upg_1"))));
        QVERIFY2(auditor.errorString().contains(QLatin1String("permission denied")),
                 qPrintable(auditor.errorString()));
        QVERIFY(!auditor.lastErrorWasConnection());
    }

    void bothChainsAreKeptAndTheDatabaseRefusesBrokenLinks()
    {
        auto writer = login(QStringLiteral("w2"), m_roles.writer);
        LedgerClient client(writer.get());
        const auto b = makeEntries(1, 4, QString(), QStringLiteral("upg_2"), QStringLiteral("ops.bob"));
        // desk-a continues after its three records; desk-b starts; they interleave in the ledger.
        const auto upg1 = client.rowsOfUpgrade(QStringLiteral("upg_1"));
        QCOMPARE(upg1.size(), 3);
        const QString aTail = upg1.constLast().hash;
        const auto a = makeEntries(4, 2, aTail, QStringLiteral("upg_2"));
        QVERIFY2(client.append(QStringLiteral("desk-b"), b.mid(0, 2)), qPrintable(client.errorString()));
        QVERIFY2(client.append(QStringLiteral("desk-a"), a), qPrintable(client.errorString()));
        QVERIFY2(client.append(QStringLiteral("desk-b"), b.mid(2)), qPrintable(client.errorString()));

        // Idempotent: the same records again are skipped, not added and not refused.
        QVERIFY2(client.append(QStringLiteral("desk-b"), b), qPrintable(client.errorString()));
        QCOMPARE(client.rowCount().value_or(-1), 9);

        // Refused: a gap, a record that links elsewhere, changed content, other content under a known seq.
        const auto later = makeEntries(6, 1, b.constLast().hash, QStringLiteral("upg_2"));
        QVERIFY(!client.append(QStringLiteral("desk-b"), later));
        QVERIFY2(client.errorString().contains(QLatin1String("arrived before record 5")),
                 qPrintable(client.errorString()));
        auto relinked = makeEntries(5, 1, a.constFirst().hash, QStringLiteral("upg_2"));
        QVERIFY(!client.append(QStringLiteral("desk-b"), relinked));
        QVERIFY2(client.errorString().contains(QLatin1String("does not continue its chain")),
                 qPrintable(client.errorString()));
        auto changed = makeEntries(5, 1, b.constLast().hash, QStringLiteral("upg_2"));
        changed[0].content.replace(QLatin1String("entry 5"), QLatin1String("entry 6"));
        QVERIFY(!client.append(QStringLiteral("desk-b"), changed));
        QVERIFY2(client.errorString().contains(QLatin1String("does not match its hash")),
                 qPrintable(client.errorString()));
        const auto other = makeEntries(1, 1, QString(), QStringLiteral("upg_other"));
        QVERIFY(!client.append(QStringLiteral("desk-b"), other));
        QVERIFY2(client.errorString().contains(QLatin1String("other content")),
                 qPrintable(client.errorString()));
        QVERIFY(!client.lastErrorWasConnection());
        QCOMPARE(client.rowCount().value_or(-1), 9);

        // The ledger chain the database computed is the one the documented formula gives.
        const LedgerVerdict verdict = client.verify(4); // pages of 4 rows: the paging is exercised too
        QVERIFY2(verdict.intact, qPrintable(verdict.message));
        QCOMPARE(verdict.rows, 9);
        QCOMPARE(verdict.workstations, 2);
        QSqlQuery head(m_admin->database());
        QVERIFY(head.exec(QStringLiteral("SELECT ledger_seq, ledger_hash FROM ledger_head")) && head.next());
        QCOMPARE(head.value(0).toLongLong(), 9);
        QCOMPARE(head.value(1).toString(), verdict.headHash);
        const auto rows = client.rowsOfUpgrade(QStringLiteral("upg_2"));
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0).workstationId, QStringLiteral("desk-b"));
        QCOMPARE(rows.at(2).workstationId, QStringLiteral("desk-a"));
        QCOMPARE(rows.at(2).prevHash, aTail); // desk-a's chain continues across upgrades
    }

    void concurrentInsertsNeverForkTheLedgerChain()
    {
        QString error;
        const QString login1 = m_db + QStringLiteral("_c1"), login2 = m_db + QStringLiteral("_c2");
        QVERIFY2(createLoginRole(m_server, login1, QStringLiteral("pw"), m_roles.writer, &error),
                 qPrintable(error));
        QVERIFY2(createLoginRole(m_server, login2, QStringLiteral("pw"), m_roles.writer, &error),
                 qPrintable(error));
        QAtomicInt failures;
        const auto ship = [&](const QString &user, const QString &desk) {
            LedgerConnection c(m_server.settings(m_db, user), QStringLiteral("pw"));
            if (!c.open()) {
                failures.ref();
                return;
            }
            LedgerClient client(&c);
            const auto entries = makeEntries(1, 120, QString(), QStringLiteral("upg_3"));
            for (int i = 0; i < entries.size(); i += 3) // small transactions so the two interleave
                if (!client.append(desk, entries.mid(i, 3))) {
                    qWarning() << client.errorString();
                    failures.ref();
                    return;
                }
        };
        std::unique_ptr<QThread> t1(QThread::create(ship, login1, QStringLiteral("desk-c1")));
        std::unique_ptr<QThread> t2(QThread::create(ship, login2, QStringLiteral("desk-c2")));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(120000));
        QVERIFY(t2->wait(120000));
        QCOMPARE(failures.loadRelaxed(), 0);

        LedgerClient client(m_admin.get());
        QCOMPARE(client.rowCount().value_or(-1), 9 + 240);
        const LedgerVerdict verdict = client.verify();
        QVERIFY2(verdict.intact, qPrintable(verdict.message));
        QCOMPARE(verdict.rows, 249);
        QCOMPARE(verdict.workstations, 4);
        // They did interleave (otherwise this test proves less than it says).
        const auto rows = client.rowsOfUpgrade(QStringLiteral("upg_3"));
        int switches = 0;
        for (int i = 1; i < rows.size(); ++i)
            switches += rows.at(i).workstationId != rows.at(i - 1).workstationId;
        qInfo() << "workstation switches in ledger order:" << switches;
    }

    void aRowChangedBehindTheTriggersIsNamed()
    {
        // A superuser can switch the triggers off and edit a row; verification names that row.
        QVERIFY(
            execError(*m_admin, QStringLiteral("ALTER TABLE ledger_records DISABLE TRIGGER USER")).isEmpty());
        QVERIFY(execError(*m_admin, QStringLiteral("UPDATE ledger_records SET content = replace(content, "
                                                   "'\"pass\"', '\"fail\"') WHERE ledger_seq = 7"))
                    .isEmpty());
        QVERIFY(
            execError(*m_admin, QStringLiteral("ALTER TABLE ledger_records ENABLE TRIGGER USER")).isEmpty());
        LedgerClient client(m_admin.get());
        const LedgerVerdict verdict = client.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.firstBadLedgerSeq, 7);
        QVERIFY2(verdict.message.contains(QLatin1String("row 7")), qPrintable(verdict.message));
        QVERIFY2(verdict.message.contains(QLatin1String("content was changed")), qPrintable(verdict.message));
    }

    void tlsIsVerifiedAgainstTheProfilesCaBundle()
    {
        LedgerSettings defaults;
        QCOMPARE(defaults.sslMode, QStringLiteral("verify-full"));
        defaults.caBundlePath = QStringLiteral("/etc/pdc/it's ca.pem");
        const QString options = LedgerConnection::connectOptions(defaults);
        QVERIFY2(options.contains(QLatin1String("sslmode=verify-full")), qPrintable(options));
        QVERIFY2(options.contains(QLatin1String("sslrootcert='/etc/pdc/it\\'s ca.pem'")),
                 qPrintable(options));
        QVERIFY2(options.contains(QLatin1String("connect_timeout=")), qPrintable(options));
        QVERIFY2(options.contains(QLatin1String("statement_timeout=")), qPrintable(options));

        if (m_server.caBundle.isEmpty())
            QFAIL("the test server has no TLS (openssl missing when scripts/with-postgres.sh made it)");
        QCOMPARE(m_server.settings(m_db, m_server.adminUser).sslMode, QStringLiteral("verify-full"));
        QVERIFY(m_admin->isOpen()); // every other test here connected with verify-full

        // A certificate from another CA is refused.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=other CA"),
                       QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"),
                       QStringLiteral("ca.pem")});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        LedgerSettings other = m_server.settings(m_db, m_server.adminUser);
        other.caBundlePath = dir.filePath(QStringLiteral("ca.pem"));
        LedgerConnection refused(other, m_server.adminPassword);
        QVERIFY(!refused.open());
        QVERIFY2(refused.errorString().contains(QLatin1String("certificate verify failed")),
                 qPrintable(refused.errorString()));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QString error;
        adminExec(m_server, m_server.maintenanceDatabase,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db), &error);
    }
};

QTEST_GUILESS_MAIN(TestLedgerSchema)
#include "tst_models_ledger_schema.moc"

// deployctl's ledger verbs end to end against a real PostgreSQL server (issue 15, milestones 1-4):
// `ledger init` twice as the admin, `ledger set` saves the ledger into a profile, `ledger password`
// keeps the writer's password in the OS keychain, `ledger status` counts the records that wait,
// `ledger ship` sends them, and `records verify` verifies the local chain and both ledger chains —
// and names the row an admin changed behind the triggers.
#include "domain/clock.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledgertestserver.h"
#include "profiles/profilestore.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace testsupport;

class TestDeployctlLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    PostgresServer m_server;
    QString m_db;

    QString storePath() const { return m_home.filePath(QStringLiteral("records.sqlite3")); }
    QStringList ledgerFlags(const QString &user) const
    {
        QStringList flags{QStringLiteral("--ledger-host"),     m_server.host,
                          QStringLiteral("--ledger-port"),     QString::number(m_server.port),
                          QStringLiteral("--ledger-database"), m_db,
                          QStringLiteral("--ledger-user"),     user};
        // The server's own CA with the default sslmode (verify-full), when the server has TLS.
        if (m_server.caBundle.isEmpty())
            flags << QStringLiteral("--ledger-sslmode") << QStringLiteral("disable");
        else
            flags << QStringLiteral("--ledger-ca-bundle") << m_server.caBundle;
        return flags;
    }
    int run(const QStringList &args, QByteArray *out, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEPLOYCTL_EXE), args);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qInfo().noquote() << "stderr:" << err;
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString why;
        QVERIFY2(serverWithNewDatabase(&m_server, &m_db, &why), qPrintable(why));
        // Five records on this workstation before any ledger exists.
        SystemClock clock;
        LocalStore store(storePath());
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        for (int i = 0; i < 5; ++i)
            QVERIFY(journal.append(QStringLiteral("upg_cli"), QStringLiteral("checklist.item"),
                                   QStringLiteral("ops.alice"),
                                   {{QStringLiteral("item"), QStringLiteral("monitoring")},
                                    {QStringLiteral("result"), QStringLiteral("pass")}}));
    }

    void initTwiceThenShipAndVerify()
    {
        QByteArray out;
        const QStringList init = QStringList{QStringLiteral("ledger"), QStringLiteral("init")} +
                                 ledgerFlags(QString()) +
                                 QStringList{QStringLiteral("--admin-user"), m_server.adminUser,
                                             QStringLiteral("--password-stdin"), QStringLiteral("--json")};
        QCOMPARE(run(init, &out, m_server.adminPassword.toUtf8() + '\n'), 0);
        QJsonObject j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("version_before")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("version")).toInt(), LedgerMigrator::latestVersion());
        QCOMPARE(j.value(QStringLiteral("writer_role")).toString(), m_db + QStringLiteral("_writer"));
        QCOMPARE(run(init, &out, m_server.adminPassword.toUtf8() + '\n'), 0); // a second init: nothing to do
        j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("version_before")).toInt(), LedgerMigrator::latestVersion());
        QVERIFY(j.value(QStringLiteral("applied")).toArray().isEmpty());
        // A wrong admin password is an error, not a crash, and the password is not echoed.
        QCOMPARE(run(init, &out, "not-it\n"), 3);

        QString why;
        const QString writer = m_db + QStringLiteral("_desk");
        QVERIFY2(createLoginRole(m_server, writer, QStringLiteral("desk-pw"),
                                 m_db + QStringLiteral("_writer"), &why),
                 qPrintable(why));

        // A profile names the ledger; its password goes to the keychain.
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/%1/%2.conf")
                                                   .arg(QString::fromLatin1(ProfileStore::kOrganization),
                                                        QString::fromLatin1(ProfileStore::kApplication))),
                               QSettings::IniFormat);
            ProfileStore profiles(&settings);
            ConnectionProfile p;
            p.name = QStringLiteral("team");
            p.portalUrl = QUrl(QStringLiteral("https://portal.example.com"));
            p.tenant = QStringLiteral("acme");
            p.environment = QStringLiteral("staging");
            profiles.save(p);
        }
        QCOMPARE(run(QStringList{QStringLiteral("ledger"), QStringLiteral("set"), QStringLiteral("--profile"),
                                 QStringLiteral("team")} +
                         ledgerFlags(writer),
                     &out),
                 0);
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/%1/%2.conf")
                                                   .arg(QString::fromLatin1(ProfileStore::kOrganization),
                                                        QString::fromLatin1(ProfileStore::kApplication))),
                               QSettings::IniFormat);
            const auto saved = ProfileStore(&settings).profile(QStringLiteral("team"));
            QVERIFY(saved);
            QCOMPARE(saved->ledger.host, m_server.host);
            QCOMPARE(saved->ledger.port, m_server.port);
            QCOMPARE(saved->ledger.user, writer);
            QCOMPARE(saved->ledger.sslMode,
                     m_server.caBundle.isEmpty() ? QStringLiteral("disable") : QStringLiteral("verify-full"));
            QCOMPARE(saved->ledger.caBundlePath, m_server.caBundle);
            QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QLatin1String("password")));
            const QString all = QString::fromUtf8([&] {
                QFile f(settings.fileName());
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }());
            QVERIFY(!all.contains(QLatin1String("desk-pw")));
        }
        const QStringList profile{QStringLiteral("--profile"), QStringLiteral("team"),
                                  QStringLiteral("--store"), storePath()};
        QCOMPARE(
            run(QStringList{QStringLiteral("ledger"), QStringLiteral("password"), QStringLiteral("--profile"),
                            QStringLiteral("team"), QStringLiteral("--password-stdin")},
                &out, "desk-pw\n"),
            0);

        QCOMPARE(
            run(QStringList{QStringLiteral("ledger"), QStringLiteral("status"), QStringLiteral("--json")} +
                    profile,
                &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("waiting")).toInt(), 5);

        // Shipping reads the password from the keychain.
        QCOMPARE(run(QStringList{QStringLiteral("ledger"), QStringLiteral("ship"), QStringLiteral("--json")} +
                         profile,
                     &out),
                 0);
        j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("shipped")).toInt(), 5);
        QCOMPARE(j.value(QStringLiteral("waiting")).toInt(), 0);
        QCOMPARE(run(QStringList{QStringLiteral("ledger"), QStringLiteral("ship")} + profile, &out), 0);
        QVERIFY2(out.contains("0 record(s) shipped"), out.constData()); // idempotent

        QCOMPARE(
            run(QStringList{QStringLiteral("records"), QStringLiteral("verify"), QStringLiteral("--json")} +
                    profile,
                &out),
            0);
        j = QJsonDocument::fromJson(out).object();
        QVERIFY(j.value(QStringLiteral("local")).toObject().value(QStringLiteral("intact")).toBool());
        QVERIFY(j.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("intact")).toBool());
        QVERIFY(j.value(QStringLiteral("ledger"))
                    .toObject()
                    .value(QStringLiteral("this_workstation_matches"))
                    .toBool());

        // The admin edits row 3 behind the triggers: verification fails and names it.
        QVERIFY2(adminExec(m_server, m_db,
                           QStringLiteral("ALTER TABLE ledger_records DISABLE TRIGGER USER; "
                                          "UPDATE ledger_records SET content = replace(content, '\"pass\"', "
                                          "'\"fail\"') WHERE ledger_seq = 3; "
                                          "ALTER TABLE ledger_records ENABLE TRIGGER USER"),
                           &why),
                 qPrintable(why));
        QCOMPARE(run(QStringList{QStringLiteral("records"), QStringLiteral("verify")} + profile, &out), 1);
        QVERIFY2(out.contains("broken at row 3"), out.constData());
        QCOMPARE(
            run(QStringList{QStringLiteral("records"), QStringLiteral("verify"), QStringLiteral("--json")} +
                    profile,
                &out),
            1);
        const QJsonObject bad = QJsonDocument::fromJson(out)
                                    .object()
                                    .value(QStringLiteral("ledger"))
                                    .toObject()
                                    .value(QStringLiteral("first_bad_row"))
                                    .toObject();
        QCOMPARE(bad.value(QStringLiteral("ledger_seq")).toInt(), 3);
        QCOMPARE(bad.value(QStringLiteral("local_seq")).toInt(), 3);
    }

    void shippingKilledMidwaySendsNothingTwice()
    {
        // A second workstation with 2,000 records; its shipping is killed (SIGKILL) part-way, then runs
        // again: the ledger ends with every record once and both chains intact, wherever the kill fell.
        const QString store = m_home.filePath(QStringLiteral("killed.sqlite3"));
        {
            SystemClock clock;
            LocalStore local(store);
            QVERIFY(local.open());
            RecordJournal journal(&local, &clock);
            QVERIFY(journal.open());
            for (int i = 0; i < 2000; ++i)
                QVERIFY(journal.append(QStringLiteral("upg_kill"), QStringLiteral("upgrade.state"),
                                       QStringLiteral("ops.bob"),
                                       {{QStringLiteral("state"), QStringLiteral("IN_PROGRESS")}}));
        }
        QString why;
        const QString writer = m_db + QStringLiteral("_desk2");
        QVERIFY2(createLoginRole(m_server, writer, QStringLiteral("desk2-pw"),
                                 m_db + QStringLiteral("_writer"), &why),
                 qPrintable(why));
        const QStringList ship =
            QStringList{QStringLiteral("ledger"), QStringLiteral("ship"), QStringLiteral("--store"), store,
                        QStringLiteral("--password-stdin")} +
            ledgerFlags(writer);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEPLOYCTL_EXE), ship);
        p.write("desk2-pw\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForStarted());
        // Kill it once its first batch is in the ledger (and before it is done).
        pdc::LedgerConnection admin(m_server.settings(m_db, m_server.adminUser), m_server.adminPassword);
        QVERIFY(admin.open());
        const auto shippedSoFar = [&admin] {
            QSqlQuery count(admin.database());
            return count.exec(
                       QStringLiteral("SELECT count(*) FROM ledger_records WHERE upgrade_id = 'upg_kill'")) &&
                           count.next()
                       ? count.value(0).toInt()
                       : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shippedSoFar() > 0 || p.state() == QProcess::NotRunning, 60000);
        p.kill();
        p.waitForFinished();

        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(ship + QStringList{QStringLiteral("--json")}, &out, "desk2-pw\n"), 0);
        const qint64 ms = timer.elapsed();
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        qInfo("killed part-way; the second run shipped %d records in %lld ms (process start included)",
              j.value(QStringLiteral("shipped")).toInt(), ms);
        QVERIFY2(j.value(QStringLiteral("shipped")).toInt() < 2000,
                 "the kill came before anything was shipped");
        QCOMPARE(j.value(QStringLiteral("waiting")).toInt(), 0);

        QSqlQuery q(admin.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT local_seq), max(local_seq) FROM "
                                      "ledger_records WHERE upgrade_id = 'upg_kill'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2000);
        QCOMPARE(q.value(1).toInt(), 2000);
        QCOMPARE(q.value(2).toInt(), 2000);
    }

    void cleanupTestCase()
    {
        QString error;
        adminExec(m_server, m_server.maintenanceDatabase,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db), &error);
    }
};

QTEST_GUILESS_MAIN(TestDeployctlLedger)
#include "tst_app_deployctl_ledger.moc"

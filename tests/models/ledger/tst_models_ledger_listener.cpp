// Live notifications from the team ledger (issue 15), against real PostgreSQL servers: a console
// listening on one connection hears, well within a second, that another connection shipped records —
// one notification per upgrade and workstation of a transaction, none for records the ledger skipped
// as shipped before. When the server restarts, the listener says it lost the connection, reconnects by
// itself with backoff and hears the next shipment.
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgerlistener.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace testsupport;

class TestLedgerListener : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QString m_db;
    QString m_writer;

    // Ships entries as a workstation would, on a connection of its own; false with a warning.
    static bool ship(const PostgresServer &server, const QString &db, const QString &writer,
                     const QString &workstation, const QList<JournalEntry> &entries)
    {
        LedgerConnection c(server.settings(db, writer), QStringLiteral("pw"));
        if (!c.open()) {
            qWarning().noquote() << c.errorString();
            return false;
        }
        LedgerClient client(&c);
        if (!client.append(workstation, entries)) {
            qWarning().noquote() << client.errorString();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(newLedgerWithWriter(&m_server, &m_db, &m_writer, &why), qPrintable(why));
    }

    void theBackoffDoublesUpToHalfAMinute()
    {
        QCOMPARE(LedgerListener::reconnectBackoffMs(1), 1000);
        QCOMPARE(LedgerListener::reconnectBackoffMs(2), 2000);
        QCOMPARE(LedgerListener::reconnectBackoffMs(5), 16000);
        QCOMPARE(LedgerListener::reconnectBackoffMs(6), 30000);
        QCOMPARE(LedgerListener::reconnectBackoffMs(100), 30000);
    }

    void aWrongPasswordFailsToStartAndSaysWhy()
    {
        LedgerListener listener(m_server.settings(m_db, m_writer), QStringLiteral("wrong"));
        QVERIFY(!listener.start());
        QVERIFY2(listener.errorString().contains(QLatin1String("password authentication failed")),
                 qPrintable(listener.errorString()));
        QVERIFY(!listener.errorString().contains(QLatin1String("wrong")));
        QVERIFY(!listener.isListening());
    }

    void anotherConnectionShipsAndTheListenerHearsIt()
    {
        LedgerListener listener(m_server.settings(m_db, m_writer), QStringLiteral("pw"));
        QSignalSpy appended(&listener, &LedgerListener::recordsAppended);
        QVERIFY2(listener.start(), qPrintable(listener.errorString()));
        QVERIFY(listener.isListening());

        // One transaction, two upgrades of one workstation: two notifications, not 40.
        QList<JournalEntry> entries = journalEntries(1, 20, QString(), QStringLiteral("upg_n1"));
        entries += journalEntries(21, 20, entries.constLast().hash, QStringLiteral("upg_n2"));
        QVERIFY(ship(m_server, m_db, m_writer, QStringLiteral("desk-n"), entries));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 10000); // arrives within milliseconds; generous
        QTest::qWait(300);                                    // and no more follow
        QCOMPARE(appended.size(), 2);
        QSet<QString> upgrades;
        for (const QList<QVariant> &args : appended) {
            upgrades.insert(args.at(0).toString());
            QCOMPARE(args.at(1).toString(), QStringLiteral("desk-n"));
        }
        QCOMPARE(upgrades, QSet<QString>({QStringLiteral("upg_n1"), QStringLiteral("upg_n2")}));

        // Shipped again (a retry): the ledger skips every record, nobody is told.
        appended.clear();
        QVERIFY(ship(m_server, m_db, m_writer, QStringLiteral("desk-n"), entries));
        QTest::qWait(500);
        QCOMPARE(appended.size(), 0);

        // A refused batch (rolled back) notifies nobody either.
        QList<JournalEntry> gap = journalEntries(50, 1, entries.constLast().hash, QStringLiteral("upg_n2"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("arrived before record")));
        QVERIFY(!ship(m_server, m_db, m_writer, QStringLiteral("desk-n"), gap));
        QTest::qWait(500);
        QCOMPARE(appended.size(), 0);

        // A second workstation's records name it.
        QVERIFY(ship(m_server, m_db, m_writer, QStringLiteral("desk-m"),
                     journalEntries(1, 3, QString(), QStringLiteral("upg_n1"))));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
        QCOMPARE(appended.at(0).at(0).toString(), QStringLiteral("upg_n1"));
        QCOMPARE(appended.at(0).at(1).toString(), QStringLiteral("desk-m"));
    }

    void aRestartedServerIsReportedAndTheListenerReconnectsByItself()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFile::ExeOther);
        QString why;
        const auto server = startPrivateServer(tmp.filePath(QStringLiteral("pg")), &why);
        if (!server)
            QFAIL(qPrintable(why));
        QString db;
        QString writer;
        QVERIFY2(ledgerWithWriter(*server, &db, &writer, &why), qPrintable(why));

        LedgerListener listener(server->settings(db, writer), QStringLiteral("pw"));
        listener.setHeartbeatInterval(200);
        QSignalSpy appended(&listener, &LedgerListener::recordsAppended);
        QSignalSpy lost(&listener, &LedgerListener::connectionLost);
        QSignalSpy back(&listener, &LedgerListener::reconnected);
        QVERIFY2(listener.start(), qPrintable(listener.errorString()));

        QVERIFY2(stopServer(*server, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 15000);
        QVERIFY(!lost.at(0).at(0).toString().isEmpty());
        QVERIFY(!listener.isListening());
        QTest::qWait(1500); // at least one failed attempt while the server is down: still one report
        QCOMPARE(lost.size(), 1);
        QCOMPARE(back.size(), 0);

        QVERIFY2(startServer(*server, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 40000);
        QVERIFY(listener.isListening());
        QVERIFY(ship(*server, db, writer, QStringLiteral("desk-r"),
                     journalEntries(1, 2, QString(), QStringLiteral("upg_r"))));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
        QCOMPARE(appended.at(0).at(0).toString(), QStringLiteral("upg_r"));

        listener.stop();
        destroyServer(*server);
    }
};

QTEST_GUILESS_MAIN(TestLedgerListener)
#include "tst_models_ledger_listener.moc"

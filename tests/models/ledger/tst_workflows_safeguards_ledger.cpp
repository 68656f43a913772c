// The production safeguards live between two consoles over a real PostgreSQL ledger (issue 16): each desk
// has its own store, TeamLedger (worker thread, LISTEN/NOTIFY) and Safeguards workflow. Pat files a
// request at her desk; Ada's "Waiting for you" gets it by itself (no refresh asked), she approves, and
// Pat's gate turns to Go by itself. The figures (how long each arrival took) are printed, not asserted.
// History's marks: the ledger finds the upgrades whose trigger record names an emergency override, of
// every desk, through migration 005's partial index, and another desk's console is told of new ones.
#include "deskledger.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "history/historymarks.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/teamrecords.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "safeguards.h"
#include "store/localstore.h"
#include "teamledger.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pdc;
using namespace testsupport;

namespace {

struct Desk
{
    Desk(const QString &storePath, const LedgerSettings &ledger, const QString &user, const QString &role)
        : store(storePath)
        , journal(&store, &clock)
    {
        QVERIFY(store.open());
        QVERIFY(journal.open());
        ConnectionProfile p = pdc::testing::acmeStaging();
        p.environment = QStringLiteral("production");
        p.ledger = ledger;
        portal = std::make_unique<pdc::testing::FakePortal>(p);
        portal->signIn(user, role, QStringLiteral("acme"), QStringLiteral("production"));
        team = deskTeamLedger(&store, &journal, &clock, ledger, QStringLiteral("pw"));
        safeguards = std::make_unique<Safeguards>(portal.get(), &journal, &clock);
        team->start();
        safeguards->setTeamLedger(team.get());
    }
    ~Desk()
    {
        safeguards.reset();
        team.reset();
    }

    SystemClock clock;
    LocalStore store;
    RecordJournal journal;
    std::unique_ptr<pdc::testing::FakePortal> portal;
    std::unique_ptr<TeamLedger> team;
    std::unique_ptr<Safeguards> safeguards;
};

TriggerIntent agent()
{
    TriggerIntent i;
    i.tenant = QStringLiteral("acme");
    i.scope = QStringLiteral("agent");
    i.version = QStringLiteral("1.4.2");
    return i;
}

} // namespace

class TestSafeguardsLedger : public QObject
{
    Q_OBJECT

private:
    // Every story: a new ledger, Pat's desk (operator) and Ada's (admin).
    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerSettings m_ledger;
    std::unique_ptr<Desk> m_pat, m_ada;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        PostgresServer server;
        QString db, writer, why;
        QVERIFY2(newLedgerWithWriter(&server, &db, &writer, &why), qPrintable(why));
        m_ledger = server.settings(db, writer);
        m_pat = std::make_unique<Desk>(m_dir->filePath(QStringLiteral("pat.sqlite3")), m_ledger,
                                       QStringLiteral("pat"), QStringLiteral("operator"));
        m_ada = std::make_unique<Desk>(m_dir->filePath(QStringLiteral("ada.sqlite3")), m_ledger,
                                       QStringLiteral("ada"), QStringLiteral("admin"));
    }

    void cleanup()
    {
        m_ada.reset();
        m_pat.reset();
        m_dir.reset();
    }

    void anotherDeskSeesTheRequestAndTheApprovalByItself()
    {
        Desk &pat = *m_pat;
        Desk &ada = *m_ada;
        QTRY_COMPARE_WITH_TIMEOUT(pat.safeguards->availability(), LedgerAvailability::Read, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ada.safeguards->availability(), LedgerAvailability::Read, 20000);

        QSignalSpy waiting(ada.safeguards.get(), &Safeguards::newlyWaiting);
        QElapsedTimer t;
        t.start();
        const SafeguardOutcome filed = pat.safeguards->fileRequest(agent(), QStringLiteral("CVE fix"));
        QVERIFY2(filed.ok, qPrintable(filed.error));
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), 20000);
        qInfo().noquote() << "the request reached the other desk in" << t.elapsed() << "ms";
        QCOMPARE(waiting.first().first().value<QList<SafeguardRequest>>().first().request.id, filed.id);
        QCOMPARE(ada.safeguards->waitingForMe().size(), 1);
        QCOMPARE(pat.safeguards->check(agent(), filed.id).decision, GateVerdict::Decision::Blocked);

        t.restart();
        const SafeguardOutcome approved =
            ada.safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("go"));
        QVERIFY2(approved.ok, qPrintable(approved.error));
        QTRY_COMPARE_WITH_TIMEOUT(pat.safeguards->check(agent(), filed.id).decision,
                                  GateVerdict::Decision::Go, 20000);
        qInfo().noquote() << "the approval reached the requester's desk in" << t.elapsed() << "ms";
        QVERIFY(ada.safeguards->waitingForMe().isEmpty());
    }

    void theLedgerFindsTheUpgradesStartedUnderAnOverrideThroughItsIndex()
    {
        Desk &pat = *m_pat;
        Desk &ada = *m_ada;
        QSignalSpy read(ada.team.get(), &TeamLedger::overrideTriggersRead);
        QSignalSpy appended(ada.team.get(), &TeamLedger::recordsAppended);
        QTRY_COMPARE_WITH_TIMEOUT(ada.safeguards->availability(), LedgerAvailability::Read, 20000);

        // Pat's desk records three triggers: one under an override, one without, and one whose reason
        // merely quotes the words (inside a JSON string the quotes are escaped: not even a candidate).
        const QJsonObject over{{QStringLiteral("id"), QStringLiteral("ovr-1")},
                               {QStringLiteral("by"), QStringLiteral("ada")},
                               {QStringLiteral("role"), QStringLiteral("admin")},
                               {QStringLiteral("reason"), QStringLiteral("customers cannot log in")},
                               {QStringLiteral("at"), QStringLiteral("2026-12-01T21:03:00.000Z")}};
        QVERIFY(pat.journal.append(
            QStringLiteral("upg_over"), recordkind::Triggered, QStringLiteral("pat"),
            {{QStringLiteral("safeguards"), QJsonObject{{QStringLiteral("override"), over}}}}));
        QVERIFY(pat.journal.append(QStringLiteral("upg_plain"), recordkind::Triggered, QStringLiteral("pat"),
                                   {{QStringLiteral("safeguards"),
                                     QJsonObject{{QStringLiteral("decision"), QStringLiteral("go")}}}}));
        QVERIFY(pat.journal.append(QStringLiteral("upg_quoted"), recordkind::Triggered, QStringLiteral("pat"),
                                   {{QStringLiteral("reason"), QStringLiteral("no \"override\":{ here")}}));
        pat.team->shipSoon();
        // Ada's console hears of them (what History's mark feed listens to) ...
        QTRY_VERIFY_WITH_TIMEOUT(pat.team->status().state == ShippingStatus::State::UpToDate, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &a : appended)
                    if (a.at(0).toString() == QLatin1String("upg_over"))
                        return true;
                return false;
            }(),
            20000);
        // ... and asks for the marks of all upgrades, or of the announced ones: only upg_over is marked.
        for (const QStringList &ids :
             {QStringList{}, QStringList{QStringLiteral("upg_over"), QStringLiteral("upg_plain")}}) {
            read.clear();
            ada.team->readOverrideTriggers(ids);
            QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 20000);
            QCOMPARE(read.first().at(0).toStringList(), ids);
            QCOMPARE(read.first().at(2).toString(), QString());
            const auto rows = read.first().at(1).value<QList<LedgerRow>>();
            QList<JournalEntry> entries;
            for (const LedgerRow &r : rows)
                entries << entryOfLedgerRow(r);
            const QHash<QString, OverrideMark> marks = overrideMarksOf(entries);
            QCOMPARE(marks.keys(), QList<QString>{QStringLiteral("upg_over")});
            QCOMPARE(marks.value(QStringLiteral("upg_over")).reason,
                     QStringLiteral("customers cannot log in"));
            QVERIFY(rows.size() <= 2); // upg_plain's trigger is never read: it names no override
        }

        // The whole-ledger read goes through the partial index (the planner is kept off a sequential
        // scan so a tiny table shows what a big one does).
        LedgerConnection connection(m_ledger, QStringLiteral("pw"));
        QVERIFY2(connection.open(), qPrintable(connection.errorString()));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN SELECT ledger_seq FROM ledger_records WHERE kind = "
                                      "'upgrade.triggered' AND strpos(content, '\"override\":{') > 0 "
                                      "ORDER BY ledger_seq DESC LIMIT 10000")));
        QString plan;
        while (q.next())
            plan += q.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("ledger_records_override_triggers")), qPrintable(plan));
        LedgerClient client(&connection);
        bool ok = false;
        QCOMPARE(client.overrideTriggerRows({}, &ok).size(), 1);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestSafeguardsLedger)
#include "tst_workflows_safeguards_ledger.moc"

// The production safeguards live between two consoles over a real PostgreSQL ledger (issue 16): each desk
// has its own store, TeamLedger (worker thread, LISTEN/NOTIFY) and Safeguards workflow. Pat files a
// request at her desk; Ada's "Waiting for you" gets it by itself (no refresh asked), she approves, and
// Pat's gate turns to Go by itself. The figures (how long each arrival took) are printed, not asserted.
#include "domain/clock.h"
#include "fakeportal.h"
#include "ledgertestserver.h"
#include "records/recordjournal.h"
#include "safeguards.h"
#include "store/localstore.h"
#include "teamledger.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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
        TeamLedgerServices services;
        services.store = &store;
        services.journal = &journal;
        services.clock = &clock;
        services.settings = ledger;
        services.password = [](QString *) {
            return std::optional<QString>(QStringLiteral("pw"));
        };
        team = std::make_unique<TeamLedger>(services);
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

private slots:
    void anotherDeskSeesTheRequestAndTheApprovalByItself()
    {
        QTemporaryDir dir;
        PostgresServer server;
        QString db, writer, why;
        QVERIFY2(newLedgerWithWriter(&server, &db, &writer, &why), qPrintable(why));
        const LedgerSettings ledger = server.settings(db, writer);
        Desk pat(dir.filePath(QStringLiteral("pat.sqlite3")), ledger, QStringLiteral("pat"),
                 QStringLiteral("operator"));
        Desk ada(dir.filePath(QStringLiteral("ada.sqlite3")), ledger, QStringLiteral("ada"),
                 QStringLiteral("admin"));
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
};

QTEST_GUILESS_MAIN(TestSafeguardsLedger)
#include "tst_workflows_safeguards_ledger.moc"

// The disk under the local store fills up in the middle of a change window. SQLite's own limit stands in
// for the disk (PRAGMA max_page_count, per connection: the same SQLITE_FULL a full disk gives). What must
// hold: the console says plainly that the store is full, names the file, sends no trigger it cannot
// record first, and loses nothing it had already confirmed — the store opened again afterwards holds
// every earlier record, and the chain verifies.
#include "domain/clock.h"
#include "fakeportal.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "store/localstore.h"
#include "upgradetrigger.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;
using namespace Qt::StringLiterals;

namespace {

TriggerAttempt attemptFor(const QString &service)
{
    TriggerAttempt a;
    a.request.service = service;
    a.request.version = u"latest"_s;
    a.profile = acmeStaging();
    a.confirmation = u"tick"_s;
    a.scopeReason = QString(300, u'r'); // a trigger record is a few hundred bytes at least
    return a;
}

} // namespace

class TestWorkflowsDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void aFullStoreSaysSoAndLosesNothingConfirmed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"console.sqlite3"_s);
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 30), Qt::UTC));
        QList<JournalEntry> confirmed;
        {
            LocalStore store(path);
            QVERIFY(store.open());
            RecordJournal journal(&store, &clock);
            QVERIFY(journal.open());
            FakePortal portal(acmeStaging());
            portal.signIn(u"pat"_s, u"operator"_s, u"acme"_s, u"staging"_s);
            UpgradeTrigger trigger(&portal, &journal, &clock);
            UpgradeAccepted accepted;
            accepted.upgradeId = u"upg_before_full"_s;
            accepted.message = u"Upgrade started"_s;
            portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(accepted);
            QSignalSpy done(&trigger, &UpgradeTrigger::accepted);
            QVERIFY(trigger.send(attemptFor(u"agent"_s)));
            QVERIFY(done.wait(2000)); // confirmed: the console shows upgrade upg_before_full

            // The disk fills: no page may be added to the store any more.
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            const qint64 pages = q.value(0).toLongLong();
            QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
            // Small records fill what room the last pages had, then the first one that needs a page fails.
            int written = 0;
            while (journal.append(u"upg_before_full"_s, recordkind::UpgradeState, u"pat"_s,
                                  {{u"state"_s, u"IN_PROGRESS"_s}, {u"filler"_s, QString(120, u'x')}})) {
                QVERIFY2(++written < 10'000, "the size limit never took effect");
            }
            const QString full = journal.errorString();
            QVERIFY2(full.contains(u"is full"_s) && full.contains(path), qPrintable(full));
            bool ok = false;
            confirmed = journal.entriesAfter(0, 100'000, &ok);
            QVERIFY(ok);

            // The next trigger cannot be recorded: it is not sent, and the operator is told why.
            portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(accepted);
            trigger.reset();
            QVERIFY(!trigger.send(attemptFor(u"orchestrator"_s)));
            QVERIFY2(trigger.recordError().contains(u"is full"_s), qPrintable(trigger.recordError()));
            QVERIFY2(trigger.recordError().contains(u"every record written before is kept"_s),
                     qPrintable(trigger.recordError()));
            QCOMPARE(portal.triggerCalls.size(), 1); // only the first, recorded one ever left
            QCOMPARE(trigger.state(), UpgradeTrigger::State::Ready);
        }
        // Space is freed (a new connection has no limit): everything confirmed is there, the chain holds.
        LocalStore store(path);
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        QVERIFY(journal.verify().intact);
        bool ok = false;
        const QList<JournalEntry> after = journal.entriesAfter(0, 100'000, &ok);
        QVERIFY(ok);
        QCOMPARE(after.size(), confirmed.size());
        for (int i = 0; i < confirmed.size(); ++i)
            QCOMPARE(after.at(i).hash, confirmed.at(i).hash);
        QVERIFY(journal.latest(u"upg_before_full"_s, recordkind::Triggered));
        QVERIFY(journal.append(u"upg_before_full"_s, recordkind::UpgradeState, u"pat"_s,
                               {{u"state"_s, u"SUCCESS"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsDiskFull)
#include "tst_workflows_diskfull.moc"

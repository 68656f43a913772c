// The watch list (workflows/watchlist.h) against the in-process fake portal: no sockets, no GUI, the
// fast schedule. Each test is one story of an operator watching an upgrade: polled to its end and not a
// poll more; a state the console does not know is shown as it came and watched until the portal says it
// completed; a lost session pauses every watch and a new one resumes them; an upgrade stopped and
// watched again is polled again; every change of the overall state is recorded once; watches come back
// from the local store after a restart; a restarting portal is "reconnecting", never a failed upgrade.
#include "active/watchstore.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "store/localstore.h"
#include "watchlist.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using pdc::testing::acmeStaging;
using pdc::testing::fakeError;
using pdc::testing::FakePortal;
using pdc::testing::Scripted;

namespace {

const QString kId = QStringLiteral("upg_01JDW0000000000000000WATCH");

UpgradeStatus status(const QString &state, const QString &id = kId, bool completed = false)
{
    UpgradeStatus s;
    s.upgradeId = id;
    s.state = UpgradeState::fromWire(state);
    s.service = QStringLiteral("agent");
    s.version = QStringLiteral("2026.11.2");
    s.message = QStringLiteral("agent is %1").arg(state);
    s.createdAt = QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC);
    if (completed || s.state.isFinal())
        s.completedAt = s.createdAt.addSecs(180);
    ServiceStatus agent;
    agent.service = QStringLiteral("agent");
    agent.state = s.state;
    agent.desiredCount = 2;
    agent.runningCount = s.state.isFinal() ? 2 : 1;
    s.services = {agent};
    return s;
}

Scripted<UpgradeStatus> answer(const QString &state, const QString &id = kId, bool completed = false)
{
    return Scripted<UpgradeStatus>::ok(status(state, id, completed));
}

QList<WatchLink> linksOf(const QSignalSpy &spy)
{
    QList<WatchLink> links;
    for (const auto &args : spy)
        links.append(args.at(1).value<WatchLink>());
    return links;
}

} // namespace

class TestWorkflowsWatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 1), Qt::UTC)};

    std::unique_ptr<FakePortal> signedInPortal()
    {
        auto portal = std::make_unique<FakePortal>(acmeStaging());
        portal->signIn(QStringLiteral("olivia"), QStringLiteral("operator"), QStringLiteral("acme"),
                       QStringLiteral("staging"));
        return portal;
    }

    std::unique_ptr<WatchList> watchList(FakePortal *portal, LocalStore *store = nullptr,
                                         RecordJournal *journal = nullptr)
    {
        std::unique_ptr<WatchStore> watchStore;
        if (store) {
            watchStore = std::make_unique<WatchStore>(store, &m_clock);
            if (!watchStore->open())
                qWarning() << "watch store:" << watchStore->errorString();
        }
        auto list = std::make_unique<WatchList>(portal, std::move(watchStore), journal, &m_clock);
        list->setSchedule(WatchSchedule::fastForTests());
        return list;
    }

private slots:
    void theScheduleSlowsDownAsTheUpgradeGoesOn()
    {
        const WatchSchedule s;
        QCOMPARE(s.intervalAt(0), 2000);
        QCOMPARE(s.intervalAt(59'999), 2000);
        QCOMPARE(s.intervalAt(60'000), 5000);
        QCOMPARE(s.intervalAt(299'999), 5000);
        QCOMPARE(s.intervalAt(300'000), 15000);
        // Reconnecting polls at least every 5 s, never slower than the schedule.
        QCOMPARE(s.nextIntervalMs(600'000, true), 5000);
        QCOMPARE(s.nextIntervalMs(10'000, true), 2000);
        QCOMPARE(s.nextIntervalMs(600'000, false), 15000);
    }

    void pollsUntilTheUpgradeEndsAndNotOnceMore()
    {
        auto portal = signedInPortal();
        portal->statusAnswers = {answer(QStringLiteral("PENDING")), answer(QStringLiteral("IN_PROGRESS")),
                                 answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy observed(watches.get(), &WatchList::observed);
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        QSignalSpy links(watches.get(), &WatchList::linkChanged);

        // The operator starts watching; the first poll leaves at once.
        watches->watch(kId);
        QCOMPARE(watches->ids(), QStringList{kId});
        QVERIFY(watches->isPolling(kId));
        QCOMPARE(portal->statusCalls, QStringList{kId});

        // PENDING, IN_PROGRESS, SUCCESS: the end is announced once, then nothing is polled any more.
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
        QCOMPARE(finals.first().at(0).toString(), kId);
        QCOMPARE(finals.first().at(1).value<UpgradeState>().raw, QStringLiteral("SUCCESS"));
        QCOMPARE(observed.size(), 3);
        QCOMPARE(observed.last().at(1).toDateTime(), m_clock.now());
        QVERIFY(!watches->isPolling(kId));
        QCOMPARE(watches->link(kId), WatchLink::Stopped);
        QCOMPARE(linksOf(links), (QList<WatchLink>{WatchLink::Live, WatchLink::Stopped}));
        QTest::qWait(300); // three poll intervals of the fast schedule
        QCOMPARE(portal->statusCalls.size(), 3);

        const UpgradeTimeline *timeline = watches->timeline(kId);
        QVERIFY(timeline);
        QCOMPARE(timeline->latest()->state.raw, QStringLiteral("SUCCESS"));
        QStringList overall;
        for (const StateTransition &t : timeline->transitions()) {
            if (t.subject.isEmpty())
                overall << t.to;
        }
        QCOMPARE(overall, (QStringList{QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"),
                                       QStringLiteral("SUCCESS")}));

        // Watching a finished upgrade again changes nothing: it keeps its final state, unpolled.
        watches->watch(kId);
        QTest::qWait(100);
        QCOMPARE(portal->statusCalls.size(), 3);
        QCOMPARE(finals.size(), 1);
    }

    void anUnknownStateIsShownAsItCameAndWatchedUntilCompleted()
    {
        auto portal = signedInPortal();
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("CANCELLED")),
                                 answer(QStringLiteral("CANCELLED")), answer(QStringLiteral("CANCELLED")),
                                 answer(QStringLiteral("CANCELLED"), kId, /*completed=*/true)};
        auto watches = watchList(portal.get());
        QSignalSpy observed(watches.get(), &WatchList::observed);
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        watches->watch(kId);

        // "CANCELLED" is no state this console knows: it is kept exactly as sent, never mapped to FAILED,
        // and while the portal gives no completed_at the watch goes on.
        QTRY_VERIFY_WITH_TIMEOUT(observed.size() >= 3, 5000);
        const auto third = observed.at(2).at(0).value<UpgradeStatus>();
        QCOMPARE(third.state.raw, QStringLiteral("CANCELLED"));
        QCOMPARE(third.state.kind, UpgradeState::Kind::Unknown);
        QCOMPARE(watches->timeline(kId)->latest()->state.raw, QStringLiteral("CANCELLED"));

        // Polled on through every answer without completed_at; once the portal says it completed, the
        // watch ends with the state as it came.
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
        QCOMPARE(finals.first().at(1).value<UpgradeState>().raw, QStringLiteral("CANCELLED"));
        QCOMPARE(observed.size(), 5);
        QCOMPARE(portal->statusCalls.size(), 5);
        QCOMPARE(watches->link(kId), WatchLink::Stopped);
        QVERIFY(!watches->isPolling(kId));
    }

    void aLostSessionPausesEveryWatchAndANewOneResumesThem()
    {
        auto portal = signedInPortal();
        const QString other = QStringLiteral("upg_01JDW0000000000000000OTHER");
        // Both watches poll; then the portal answers 401: the session is gone.
        const auto refused = Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::SessionExpired, 401));
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS")),
                                 answer(QStringLiteral("IN_PROGRESS"), other), refused, refused};
        auto watches = watchList(portal.get());
        QSignalSpy links(watches.get(), &WatchList::linkChanged);
        QSignalSpy expired(portal.get(), &PortalGateway::sessionExpired);
        watches->watch(kId);
        watches->watch(other);

        QTRY_COMPARE_WITH_TIMEOUT(watches->link(kId), WatchLink::SessionLost, 5000);
        QCOMPARE(watches->link(other), WatchLink::SessionLost);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!watches->isPolling(kId));
        QVERIFY(!watches->isPolling(other));
        // Paused means no polling at all while there is no session.
        const qsizetype calls = portal->statusCalls.size();
        QTest::qWait(300);
        QCOMPARE(portal->statusCalls.size(), calls);

        // A watch asked for meanwhile waits for the session too.
        const QString third = QStringLiteral("upg_01JDW0000000000000000THIRD");
        watches->watch(third);
        QCOMPARE(watches->link(third), WatchLink::SessionLost);
        QCOMPARE(portal->statusCalls.size(), calls);

        // The operator signs in again: every watch polls at once and goes on to the end.
        portal->statusAnswers = {answer(QStringLiteral("SUCCESS")), answer(QStringLiteral("SUCCESS"), other),
                                 answer(QStringLiteral("SUCCESS"), third)};
        portal->signIn(QStringLiteral("olivia"), QStringLiteral("operator"), QStringLiteral("acme"),
                       QStringLiteral("staging"));
        QCOMPARE(portal->statusCalls.size(), calls + 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            !watches->isPolling(kId) && !watches->isPolling(other) && !watches->isPolling(third), 5000);
        for (const QString &id : {kId, other, third}) {
            QCOMPARE(watches->link(id), WatchLink::Stopped);
            QCOMPARE(watches->timeline(id)->latest()->state.raw, QStringLiteral("SUCCESS"));
        }
    }

    void aRefusalDuringASignInIsNotASessionLoss()
    {
        auto portal = signedInPortal();
        // The second poll is answered late, with a 401: it went out with the session a sign-in replaces.
        portal->statusAnswers = {
            answer(QStringLiteral("IN_PROGRESS")),
            Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::SessionExpired, 401), 300),
            answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy links(watches.get(), &WatchList::linkChanged);
        QSignalSpy expired(portal.get(), &PortalGateway::sessionExpired);
        watches->watch(kId);
        QTRY_COMPARE_WITH_TIMEOUT(portal->statusCalls.size(), 2, 5000);

        // The operator signs in again meanwhile: no session until the sign-in answers.
        portal->signingIn = true;
        portal->setSession(std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(kId), WatchLink::Reconnecting, 5000);
        QCOMPARE(expired.size(), 0);
        QVERIFY(watches->isPolling(kId)); // polls again instead of pausing
        portal->signingIn = false;
        portal->signIn(QStringLiteral("olivia"), QStringLiteral("operator"), QStringLiteral("acme"),
                       QStringLiteral("staging"));

        QTRY_COMPARE_WITH_TIMEOUT(watches->link(kId), WatchLink::Stopped, 5000);
        QCOMPARE(watches->timeline(kId)->latest()->state.raw, QStringLiteral("SUCCESS"));
        QVERIFY(!linksOf(links).contains(WatchLink::SessionLost));
    }

    void anUpgradeStoppedAndWatchedAgainIsPolledAgain()
    {
        auto portal = signedInPortal();
        portal->statusAnswers = {answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        QSignalSpy removed(watches.get(), &WatchList::removed);
        watches->watch(kId);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);

        // The operator stops watching it, and later opens it again (from History, say).
        watches->remove(kId);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!watches->contains(kId));
        QVERIFY(!watches->timeline(kId));
        portal->statusAnswers = {answer(QStringLiteral("SUCCESS"))};
        watches->watch(kId);
        QVERIFY(watches->isPolling(kId));
        QCOMPARE(portal->statusCalls.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 2, 5000); // a new watch: its end is announced again
        QCOMPARE(watches->timeline(kId)->transitions().constFirst().from, QString());

        // Removed while its poll is out and watched again at once: the late answer belongs to the old
        // watch and is dropped; the new watch polls on its own and reaches the end.
        portal->statusAnswers = {Scripted<UpgradeStatus>::ok(status(QStringLiteral("IN_PROGRESS")), 200),
                                 answer(QStringLiteral("SUCCESS"))};
        QSignalSpy observed(watches.get(), &WatchList::observed);
        watches->remove(kId);
        watches->watch(kId); // polls: IN_PROGRESS in 200 ms
        watches->remove(kId);
        watches->watch(kId); // polls: SUCCESS at once
        QCOMPARE(portal->statusCalls.size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 3, 5000);
        QTest::qWait(300);
        QCOMPARE(observed.size(), 1);
        QCOMPARE(watches->timeline(kId)->latest()->state.raw, QStringLiteral("SUCCESS"));

        // A watch the portal refused (404) is polled again when asked for again.
        portal->statusAnswers = {Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::NotFound, 404))};
        const QString missing = QStringLiteral("upg_01JDW00000000000000MISSING");
        watches->watch(missing);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(missing), WatchLink::Stopped, 5000);
        QVERIFY(!watches->isPolling(missing));
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS"), missing)};
        watches->watch(missing);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(missing), WatchLink::Live, 5000);
        watches->remove(missing);
    }

    void anIdTypedInAnotherCaseIsTheSameUpgrade()
    {
        // The operator types the id in lower case; the portal answers with its own spelling (issue 13,
        // case 2). The answer is about the watched upgrade: observers see it under the id they watch, and
        // the watch ends at the final state instead of ignoring every answer.
        auto portal = signedInPortal();
        const QString typed = kId.toLower();
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy observed(watches.get(), &WatchList::observed);
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        watches->watch(typed);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
        QCOMPARE(finals.first().at(0).toString(), typed);
        QCOMPARE(observed.size(), 2);
        QCOMPARE(observed.last().at(0).value<UpgradeStatus>().upgradeId, typed);
        QCOMPARE(watches->timeline(typed)->latest()->state.raw, QStringLiteral("SUCCESS"));

        // An answer about another upgrade altogether is not taken for this one: the watch stops and says so.
        const QString other = QStringLiteral("upg_01JDW0000000000000000OTHER");
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS"), other)};
        const QString asked = QStringLiteral("upg_01JDW00000000000000ASKED");
        watches->watch(asked);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(asked), WatchLink::Stopped, 5000);
        QVERIFY(watches->linkDetail(asked).contains(other));
        QVERIFY(!watches->timeline(asked) || !watches->timeline(asked)->latest());
    }

    void aJustAcceptedUpgradeTheStatusRouteDoesNotKnowYetIsWaitedFor()
    {
        // Read-after-write (issue 13, case 6): right after a 202 the status route may answer 404 for a
        // moment. The watch polls on through the stated grace period instead of stopping.
        auto portal = signedInPortal();
        const auto notYet = Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::NotFound, 404));
        portal->statusAnswers = {notYet, notYet, notYet, answer(QStringLiteral("PENDING")),
                                 answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        watches->watch(kId);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
        QCOMPARE(portal->statusCalls.size(), 5);
        QCOMPARE(watches->timeline(kId)->latest()->state.raw, QStringLiteral("SUCCESS"));

        // One the portal never knows stops once the grace period is over, and says how long it waited.
        const QString missing = QStringLiteral("upg_01JDW00000000000000MISSING");
        QList<Scripted<UpgradeStatus>> refusals;
        for (int i = 0; i < 100; ++i)
            refusals << notYet;
        portal->statusAnswers = refusals;
        const int before = portal->statusCalls.size();
        QElapsedTimer waited;
        waited.start();
        watches->watch(missing);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(missing), WatchLink::Stopped, 5000);
        QVERIFY(waited.elapsed() >= WatchSchedule::fastForTests().notFoundGraceMs);
        QVERIFY(portal->statusCalls.size() - before > 1);
        QVERIFY2(watches->linkDetail(missing).contains(QStringLiteral("s after")),
                 qPrintable(watches->linkDetail(missing)));

        // Once the portal has answered for an upgrade, a 404 is the portal's word: the watch stops at once.
        const QString seen = QStringLiteral("upg_01JDW0000000000000000SEEN");
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS"), seen), notYet,
                                 answer(QStringLiteral("SUCCESS"), seen)};
        watches->watch(seen);
        QTRY_COMPARE_WITH_TIMEOUT(watches->link(seen), WatchLink::Stopped, 5000);
        QTest::qWait(200);
        QCOMPARE(watches->timeline(seen)->latest()->state.raw, QStringLiteral("IN_PROGRESS"));
    }

    void aRestartingPortalIsReconnectingNeverAFailedUpgrade()
    {
        auto portal = signedInPortal();
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS")),
                                 Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::ServerError, 503)),
                                 Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::Offline, 0)),
                                 answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get());
        QSignalSpy links(watches.get(), &WatchList::linkChanged);
        watches->watch(kId);
        QTRY_VERIFY_WITH_TIMEOUT(!watches->isPolling(kId), 5000);
        const QList<WatchLink> seen = linksOf(links);
        QVERIFY(seen.indexOf(WatchLink::Reconnecting) >= 0);
        QVERIFY(seen.indexOf(WatchLink::Live, seen.indexOf(WatchLink::Reconnecting)) > 0);
        QCOMPARE(seen.constLast(), WatchLink::Stopped);
        QCOMPARE(watches->timeline(kId)->latest()->state.raw, QStringLiteral("SUCCESS"));
        for (const StateTransition &t : watches->timeline(kId)->transitions())
            QVERIFY(t.to != QLatin1String("FAILED"));
    }

    void everyStateChangeIsRecordedOnce()
    {
        LocalStore store(m_dir.filePath(QStringLiteral("records.sqlite3")));
        QVERIFY(store.open());
        RecordJournal journal(&store, &m_clock);
        QVERIFY(journal.open());
        auto portal = signedInPortal();
        portal->statusAnswers = {answer(QStringLiteral("PENDING")), answer(QStringLiteral("IN_PROGRESS")),
                                 answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("IN_PROGRESS")),
                                 answer(QStringLiteral("IN_PROGRESS"))};
        {
            auto watches = watchList(portal.get(), nullptr, &journal);
            watches->watch(kId);
            QTRY_COMPARE_WITH_TIMEOUT(portal->statusCalls.size(), 6, 5000); // the sixth gets a 404
        }
        auto recorded = [&journal] {
            QStringList states;
            for (const JournalEntry &e : journal.entries(kId)) {
                if (e.kind == recordkind::UpgradeState)
                    states << e.payload.value(QStringLiteral("state")).toString();
            }
            return states;
        };
        QCOMPARE(recorded(), (QStringList{QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS")}));
        const JournalEntry last = *journal.latest(kId, recordkind::UpgradeState);
        QCOMPARE(last.author, QStringLiteral("olivia"));
        QCOMPARE(last.payload.value(QStringLiteral("previous")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(last.payload.value(QStringLiteral("message")).toString(),
                 QStringLiteral("agent is IN_PROGRESS"));
        QCOMPARE(last.payload.value(QStringLiteral("observed_at")).toString(),
                 m_clock.now().toString(Qt::ISODateWithMs));
        const QJsonObject agent = last.payload.value(QStringLiteral("services")).toArray().at(0).toObject();
        QCOMPARE(agent.value(QStringLiteral("service")).toString(), QStringLiteral("agent"));
        QCOMPARE(agent.value(QStringLiteral("state")).toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(agent.value(QStringLiteral("running")).toInt(), 1);
        QCOMPARE(agent.value(QStringLiteral("desired")).toInt(), 2);

        // After a restart the first observation repeats nothing already recorded; the end is recorded.
        portal->statusAnswers = {answer(QStringLiteral("IN_PROGRESS")), answer(QStringLiteral("SUCCESS"))};
        auto watches = watchList(portal.get(), nullptr, &journal);
        QSignalSpy finals(watches.get(), &WatchList::finalReached);
        watches->watch(kId);
        QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
        QCOMPARE(recorded(), (QStringList{QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"),
                                          QStringLiteral("SUCCESS")}));
        QVERIFY(journal.verify().intact);
    }

    void watchesResumeFromTheLocalStoreAfterARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("watches.sqlite3"));
        const QString other = QStringLiteral("upg_01JDW0000000000000000OTHER");
        auto portal = signedInPortal();
        {
            LocalStore store(path);
            QVERIFY(store.open());
            portal->statusAnswers = {answer(QStringLiteral("SUCCESS")),
                                     Scripted<UpgradeStatus>::never()}; // `other` is still running
            auto watches = watchList(portal.get(), &store);
            QSignalSpy finals(watches.get(), &WatchList::finalReached);
            watches->watch(kId);
            watches->watch(other);
            QTRY_COMPARE_WITH_TIMEOUT(finals.size(), 1, 5000);
            QVERIFY(watches->isPolling(other));
        } // the console goes away

        // A new console on the same store resumes what had not ended, and only that.
        LocalStore store(path);
        QVERIFY(store.open());
        portal->statusCalls.clear();
        portal->statusAnswers = {answer(QStringLiteral("SUCCESS"), other)};
        auto watches = watchList(portal.get(), &store);
        QSignalSpy added(watches.get(), &WatchList::added);
        QCOMPARE(watches->resumeSaved(), QStringList{other});
        QCOMPARE(added.size(), 1);
        QCOMPARE(portal->statusCalls, QStringList{other});
        QTRY_VERIFY_WITH_TIMEOUT(!watches->isPolling(other), 5000);
        QCOMPARE(watches->timeline(other)->latest()->state.raw, QStringLiteral("SUCCESS"));

        // Another portal (another key) resumes nothing of these.
        ConnectionProfile beta = acmeStaging();
        beta.tenant = QStringLiteral("beta");
        FakePortal betaPortal(beta);
        auto betaWatches = watchList(&betaPortal, &store);
        QVERIFY(betaWatches->resumeSaved().isEmpty());

        // A finished watch is not resumed again.
        auto again = watchList(portal.get(), &store);
        QVERIFY(again->resumeSaved().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsWatch)
#include "tst_workflows_watch.moc"

// The portal process is killed (SIGKILL) while the console watches an upgrade, and comes back on the same
// address a few seconds later. The watch says it is reconnecting (never that the upgrade failed), keeps
// polling, picks the rollout up where the restarted portal has it (signing in again when the restart
// dropped the session), and ends on the final state; the journal holds one record per state change, and
// the portal holds the one upgrade that was started.
#include "apitestsupport.h"
#include "domain/clock.h"
#include "portalclient.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "simprocess.h"
#include "store/localstore.h"
#include "watchlist.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

class TestApiPortalKilled : public QObject
{
    Q_OBJECT
private slots:
    void portalKilledMidWatchIsReconnectingThenFinal()
    {
        QTemporaryDir dir;
        const quint16 port = simtest::freePort();
        const QStringList args{u"--port"_s,       QString::number(port),
                               u"--database"_s,   dir.filePath(u"portal.sqlite"_s),
                               u"--time-scale"_s, u"25"_s,
                               u"--quiet"_s};
        simtest::SimProcess first;
        QString error;
        QVERIFY2(first.start(args, &error), qPrintable(error));

        SystemClock clock;
        LocalStore store(dir.filePath(u"console.sqlite3"_s));
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        ConnectionProfile profile;
        profile.name = u"sim"_s;
        profile.portalUrl = first.url();
        profile.tenant = u"demo"_s;
        profile.environment = u"staging"_s;
        PortalClient client(profile, &clock);
        client.setKeychainEnabled(false);
        client.setRetryPolicy(RetryPolicy::fastForTests());
        const auto login = [&] {
            return apitest::await<SessionInfo>(
                       [&](QObject *c, auto cb) { client.login(u"operator"_s, u"operator-demo"_s, c, cb); })
                .ok();
        };
        QVERIFY(login());
        UpgradeRequest request;
        request.service = u"orchestrator"_s;
        request.forceNewDeployment = true;
        const auto accepted = apitest::await<UpgradeAccepted>(
            [&](QObject *c, auto cb) { client.triggerUpgrade(request, u"killed-portal-1"_s, c, cb); });
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        const QString id = accepted.value().upgradeId;

        WatchList watches(&client, nullptr, &journal, &clock);
        watches.setSchedule(WatchSchedule::fastForTests());
        QSignalSpy links(&watches, &WatchList::linkChanged);
        std::optional<UpgradeStatus> lastSeen;
        connect(&watches, &WatchList::observed, this,
                [&](const UpgradeStatus &s, const QDateTime &) { lastSeen = s; });
        watches.watch(id);
        QTRY_VERIFY_WITH_TIMEOUT(lastSeen.has_value(), 10000);

        first.kill(); // SIGKILL mid-rollout
        const auto sawLink = [&](WatchLink l) {
            for (const auto &a : links)
                if (a.at(1).value<WatchLink>() == l)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawLink(WatchLink::Reconnecting), 10000);
        QVERIFY(watches.contains(id));
        QVERIFY(!WatchList::hasEnded(*lastSeen)); // reconnecting, not "failed"
        QTest::qWait(1500);                       // the portal stays away for a while

        simtest::SimProcess second;
        QVERIFY2(second.start(args, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(sawLink(WatchLink::SessionLost) || !watches.isPolling(id) ||
                                     watches.link(id) == WatchLink::Live,
                                 20000);
        if (sawLink(WatchLink::SessionLost) && !client.session())
            QVERIFY(login()); // the operator signs in again; the watch resumes
        QTRY_VERIFY_WITH_TIMEOUT(!watches.isPolling(id), 60000);
        QCOMPARE(links.last().at(1).value<WatchLink>(), WatchLink::Stopped);
        const UpgradeStatus last = *lastSeen;
        QVERIFY2(WatchList::hasEnded(last), qPrintable(last.state.raw));

        // One record per state change, the final one included; the chain holds.
        QStringList states;
        for (const JournalEntry &e : journal.entries(id))
            if (e.kind == recordkind::UpgradeState)
                states << e.payload.value(u"state"_s).toString();
        QVERIFY2(!states.isEmpty() && states.last() == last.state.raw, qPrintable(states.join(u", "_s)));
        for (int i = 1; i < states.size(); ++i)
            QVERIFY2(states.at(i) != states.at(i - 1), qPrintable(states.join(u", "_s)));
        QVERIFY(journal.verify().intact);

        // The portal has the one upgrade.
        HistoryQuery all;
        const auto page =
            apitest::await<HistoryPage>([&](QObject *c, auto cb) { client.fetchHistoryPage(all, c, cb); });
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page.value().upgrades.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiPortalKilled)
#include "tst_api_portal_killed.moc"

// History and the watch list, as deploy-console wires them (wireHistory), over the in-process fake
// portal: no sockets, no X display. An upgrade the History table shows as IN_PROGRESS is watched to its
// end; the moment the watch list knows the final state, History shows it too (table, detail and the
// local cache), and an older page of a refresh does not take it back, nor do rows read from the cache.
#include "appcontext.h"
#include "fakeportal.h"
#include "history/historyarea.h"
#include "history/historydetailpane.h"
#include "history/historytablemodel.h"
#include "historywiring.h"
#include "portalsession.h"
#include "records/recordjournal.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "testsupport.h"
#include "watchlist.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using pdc::testing::FakePortal;
using pdc::testing::Scripted;

namespace {

const QString kId = QStringLiteral("upg_01JDW000000000000000HISTORY");
const QDateTime kStarted(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC);

UpgradeSummary summary(const QString &state)
{
    UpgradeSummary s;
    s.upgradeId = kId;
    s.state = UpgradeState::fromWire(state);
    s.service = QStringLiteral("agent");
    s.services = {QStringLiteral("agent")};
    s.version = QStringLiteral("2026.11.2");
    s.initiatedBy = QStringLiteral("olivia");
    s.createdAt = kStarted;
    s.updatedAt = kStarted.addSecs(20);
    return s;
}

HistoryPage page(const QList<UpgradeSummary> &upgrades)
{
    HistoryPage p;
    p.upgrades = upgrades;
    p.serverTime = kStarted.addSecs(30);
    return p;
}

UpgradeStatus status(const QString &state, int atSeconds, const QString &id = kId)
{
    UpgradeStatus s;
    s.upgradeId = id;
    s.state = UpgradeState::fromWire(state);
    s.service = QStringLiteral("agent");
    s.version = QStringLiteral("2026.11.2");
    s.initiatedBy = QStringLiteral("olivia");
    s.createdAt = kStarted;
    s.updatedAt = kStarted.addSecs(atSeconds);
    if (s.state.isFinal())
        s.completedAt = s.updatedAt;
    s.message = QStringLiteral("agent: %1").arg(state);
    ServiceStatus agent;
    agent.service = QStringLiteral("agent");
    agent.state = s.state;
    s.services = {agent};
    return s;
}

} // namespace

class TestUiHistoryWatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kStarted.addSecs(60)};

    static bool waitForRefresh(HistoryArea *area)
    {
        return QTest::qWaitFor(
            [area] {
                const HistorySync::State state = area->sync()->state();
                return area->sync()->cacheLoaded() &&
                       (state == HistorySync::State::Current || state == HistorySync::State::Failed);
            },
            5000);
    }

    static QString shownResult(HistoryArea *area)
    {
        const HistoryRow *row = area->model()->find(kId);
        return row ? row->result() : QString();
    }

private slots:
    void aWatchedUpgradeShowsItsFinalStateInHistoryAtOnce()
    {
        LocalStore store(m_dir.filePath(QStringLiteral("console.sqlite3")));
        QVERIFY(store.open());
        RecordJournal journal(&store, &m_clock);
        QVERIFY(journal.open());
        Navigator navigator;
        ConnectionProfile profile;
        profile.name = QStringLiteral("Demo");
        profile.portalUrl = QUrl(QStringLiteral("https://portal.demo.example"));
        profile.tenant = QStringLiteral("demo");
        FakePortal portal(profile);
        portal.signIn(QStringLiteral("olivia"), QStringLiteral("operator"), QStringLiteral("demo"),
                      QStringLiteral("staging"));
        // The History area's first refresh: the upgrade is running.
        portal.historyFetchAnswers = {
            Scripted<HistoryPage>::ok(page({summary(QStringLiteral("IN_PROGRESS"))}))};

        WatchList watches(&portal, nullptr, &journal, &m_clock);
        watches.setSchedule(WatchSchedule::fastForTests());
        PortalSession session(&portal);
        AppContext context;
        context.gateway = &portal;
        context.portal = &session;
        context.store = &store;
        context.journal = &journal;
        context.navigator = &navigator;
        context.watches = &watches;
        context.clock = &m_clock;
        context.profile = profile;
        MainWindow window;
        wireHistory(&window, context);
        auto *area = qobject_cast<HistoryArea *>(window.area(MainWindow::Area::History));
        QVERIFY(area);
        QVERIFY(waitForRefresh(area));
        QCOMPARE(area->sync()->state(), HistorySync::State::Current);
        QCOMPARE(shownResult(area), QStringLiteral("IN_PROGRESS"));
        QVERIFY(area->statusLabel()->text().contains(QStringLiteral("Up to date")));
        area->showUpgrade(kId);
        QTRY_COMPARE(area->detailPane()->upgradeId(), kId);

        // The operator watches it (Active area); the portal reports the end on the second poll. At the
        // moment the watch list announces it, History already shows it.
        portal.statusAnswers = {Scripted<UpgradeStatus>::ok(status(QStringLiteral("IN_PROGRESS"), 40)),
                                Scripted<UpgradeStatus>::ok(status(QStringLiteral("SUCCESS"), 90))};
        QString shownAtTheEnd;
        connect(&watches, &WatchList::finalReached, this, [&] { shownAtTheEnd = shownResult(area); });
        watches.watch(kId);
        QTRY_VERIFY_WITH_TIMEOUT(!shownAtTheEnd.isEmpty(), 5000);
        QCOMPARE(shownAtTheEnd, QStringLiteral("SUCCESS"));
        const HistoryRow *row = area->model()->find(kId);
        QVERIFY(row);
        QCOMPARE(row->summary.completedAt, kStarted.addSecs(90));
        QVERIFY(row->finishedMs > 0);
        // The detail of the selected upgrade says so as well.
        bool detailSaysSuccess = false;
        for (const QLabel *label : area->detailPane()->findChildren<QLabel *>())
            detailSaysSuccess =
                detailSaysSuccess || label->text().contains(QStringLiteral("Result: SUCCESS"));
        QVERIFY(detailSaysSuccess);
        QVERIFY(area->statusLabel()->text().contains(QStringLiteral("Up to date")));

        // A page older than the end (a refresh that left before it, or a portal list that lags) does not
        // take the end back.
        portal.historyFetchAnswers = {
            Scripted<HistoryPage>::ok(page({summary(QStringLiteral("IN_PROGRESS"))}))};
        area->refresh();
        QTRY_COMPARE(portal.historyFetchCalls.size(), 2);
        QVERIFY(waitForRefresh(area));
        QCOMPARE(shownResult(area), QStringLiteral("SUCCESS"));
        window.resize(1280, 800);
        window.showArea(MainWindow::Area::History);
        testsupport::saveScreenshot(&window, QStringLiteral("history-final-from-the-watch-list"));

        // The local cache holds the end too: a History area opened later (portal unreachable) shows it.
        area->sync()->waitForWrites();
        portal.historyFetchAnswers.clear();
        HistoryArea reopened(&session, &store, &journal, &m_clock, &navigator);
        QTRY_VERIFY_WITH_TIMEOUT(reopened.sync()->cacheLoaded(), 5000);
        QTRY_COMPARE(shownResult(&reopened), QStringLiteral("SUCCESS"));

        // Observed while the cache is still being read: the rows read from it do not hide the observation.
        const QString other = QStringLiteral("upg_01JDW0000000000000000OTHER");
        HistoryArea early(&session, &store, &journal, &m_clock, &navigator);
        early.sync()->applyObserved(status(QStringLiteral("IN_PROGRESS"), 100, other));
        QTRY_VERIFY_WITH_TIMEOUT(early.sync()->cacheLoaded(), 5000);
        QTRY_VERIFY(early.model()->find(other) && early.model()->find(kId));
        QCOMPARE(early.model()->find(other)->result(), QStringLiteral("IN_PROGRESS"));
    }
};

QTEST_MAIN(TestUiHistoryWatch)
#include "tst_ui_history_watch.moc"
